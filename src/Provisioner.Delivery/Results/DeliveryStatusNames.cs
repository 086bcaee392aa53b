using System.Text;

namespace Provisioner.Delivery;

/// <summary>The report words of <see cref="DeliveryStatus"/>.</summary>
public static class DeliveryStatusNames
{
    /// <summary>The kebab-case word, e.g. <c>not-delivered</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word.</returns>
    public static string Of(DeliveryStatus status)
    {
        var name = status.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="status"/> counts as proven delivery for the exit code (delivered, or delivered via the relay when asked for).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for a success.</returns>
    public static bool IsSuccess(DeliveryStatus status) => status is DeliveryStatus.Delivered or DeliveryStatus.DeliveredViaRelay;
}
