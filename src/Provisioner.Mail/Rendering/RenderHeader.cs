using System.Globalization;
using System.Text;

namespace Provisioner.Mail;

/// <summary>
/// The header every rendered file starts with: what it is, which inventory and commit it came
/// from, and when it was rendered. It holds nothing secret: the mail side has no secrets.
/// </summary>
public static class RenderHeader
{
    /// <summary>Writes the header as comment lines starting with <paramref name="commentPrefix"/>.</summary>
    /// <param name="builder">Where to write.</param>
    /// <param name="commentPrefix">The comment marker of the file's language, e.g. <c>#</c> or <c>;</c>.</param>
    /// <param name="title">What the file is, e.g. <c>Exchange Management Shell script</c>.</param>
    /// <param name="origin">The inventory the file was rendered from.</param>
    /// <param name="timeProvider">The clock.</param>
    public static void Write(StringBuilder builder, string commentPrefix, string title, InventoryOrigin origin, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var rendered = timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string[] lines =
        [
            $"{title}",
            "Rendered by Provisioner - do not edit: change the inventory and render again.",
            $"Inventory: {origin.Path}",
            $"Commit:    {origin.DescribeCommit()}",
            $"Rendered:  {rendered}",
        ];
        foreach (var line in lines)
        {
            builder.Append(commentPrefix).Append(' ').Append(line).Append('\n');
        }
    }
}
