using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Provisioner.Mail;

/// <summary>
/// Renders the Postfix side: a virtual alias map expanding every group to its members (external
/// recipients included) and a shell script that sets <c>mynetworks</c> to loopback plus the relay
/// ranges, installs and compiles the map (<c>postmap</c>), adds it to <c>virtual_alias_maps</c>
/// (<c>postconf -e</c>) and reloads Postfix.
/// </summary>
/// <param name="timeProvider">The clock for the headers.</param>
public sealed class PostfixRenderer(TimeProvider timeProvider) : IMailRenderer
{
    /// <summary>The name of the rendered virtual alias map, also its name in the Postfix configuration directory.</summary>
    public const string MapFileName = "provisioner_virtual";

    /// <summary>The name of the rendered script that applies the configuration.</summary>
    public const string ScriptFileName = "apply-postfix.sh";

    /// <inheritdoc/>
    public MailTarget Target => MailTarget.Postfix;

    /// <summary>The <c>mynetworks</c> value: loopback first, then the relay ranges in inventory order.</summary>
    /// <param name="relay">The relay.</param>
    /// <returns>E.g. <c>127.0.0.0/8 [::1]/128 10.6.0.0/16</c>.</returns>
    public static string MyNetworks(MailRelay relay)
    {
        ArgumentNullException.ThrowIfNull(relay);
        IPNetwork[] loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
        return string.Join(' ', loopback.Concat(relay.AllowedRanges).Distinct().Select(Format));
    }

    /// <inheritdoc/>
    public IReadOnlyList<RenderedFile> Render(MailSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return [new RenderedFile(MapFileName, RenderMap(side)), new RenderedFile(ScriptFileName, RenderScript(side))];
    }

    private string RenderMap(MailSide side)
    {
        var builder = new StringBuilder();
        RenderHeader.Write(builder, "#", "Postfix virtual alias map: each distribution group expands to its members", side.Origin, timeProvider);
        builder.Append("#\n# Installed and compiled by ").Append(ScriptFileName).Append(" (postmap hash:<config dir>/").Append(MapFileName).Append(").\n\n");
        foreach (var group in side.Groups)
        {
            var recipients = group.AllRecipients.Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            if (recipients.Count == 0)
            {
                builder.Append("# ").Append(group.Address.ToLowerInvariant()).Append(": no members in the inventory\n");
                continue;
            }

            builder.Append(group.Address.ToLowerInvariant()).Append('\t').AppendJoin(", ", recipients).Append('\n');
        }

        return builder.ToString();
    }

    private string RenderScript(MailSide side)
    {
        var builder = new StringBuilder("#!/bin/sh\n");
        RenderHeader.Write(builder, "#", "Postfix: relay ranges (mynetworks) and distribution groups (virtual aliases)", side.Origin, timeProvider);
        builder.Append(EmbeddedText.Read("PostfixApplyUsage.sh"));
        builder.Append("MYNETWORKS=").Append(ShellQuote(MyNetworks(side.Relay))).Append('\n');
        builder.Append("MAP_NAME=").Append(ShellQuote(MapFileName)).Append("\n\n");
        builder.Append(EmbeddedText.Read("PostfixApplyLogic.sh"));
        return builder.ToString();
    }

    private static string Format(IPNetwork network) =>
        network.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{network.BaseAddress}]/{network.PrefixLength}"
            : network.ToString();

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
