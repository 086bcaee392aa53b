using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Provisioner.Mail;

/// <summary>
/// Renders an Exchange Management Shell script (Exchange Server 2010 and later) that makes the
/// relay receive connector, the mail contacts and the distribution groups what the inventory says.
/// The script is the inventory's data followed by fixed logic (<c>ExchangeMailLogic.ps1</c>):
/// it checks before it changes, so a second run changes nothing, and it honours <c>-WhatIf</c>.
/// </summary>
/// <param name="timeProvider">The clock for the header.</param>
public sealed class ExchangeScriptRenderer(TimeProvider timeProvider) : IMailRenderer
{
    /// <summary>The name of the rendered script.</summary>
    public const string FileName = "exchange-mail.ps1";

    /// <inheritdoc/>
    public MailTarget Target => MailTarget.Exchange;

    /// <inheritdoc/>
    public IReadOnlyList<RenderedFile> Render(MailSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var builder = new StringBuilder();
        RenderHeader.Write(builder, "#", "Exchange Management Shell script: relay ranges, mail contacts, distribution groups", side.Origin, timeProvider);
        builder.Append(EmbeddedText.Read("ExchangeMailPreamble.ps1"));
        WriteData(builder, side);
        builder.Append(EmbeddedText.Read("ExchangeMailLogic.ps1"));
        return [new RenderedFile(FileName, builder.ToString())];
    }

    /// <summary>
    /// Writes a range the way Exchange shows it in RemoteIPRanges, so the script's comparison with
    /// the ranges already there matches: a single address (<c>/32</c>, <c>/128</c>) as the bare address.
    /// </summary>
    /// <param name="range">The range.</param>
    /// <returns>E.g. <c>10.6.0.0/16</c> or <c>10.6.0.5</c>.</returns>
    public static string ExchangeRange(IPNetwork range)
    {
        var single = range.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        return range.PrefixLength == single ? range.BaseAddress.ToString() : range.ToString();
    }

    private static void WriteData(StringBuilder builder, MailSide side)
    {
        builder.Append("# ---- Desired state, from the inventory ----\n");
        builder.Append("$RelayRanges = @(\n");
        foreach (var range in side.Relay.AllowedRanges)
        {
            builder.Append("    ").Append(PowerShellLiteral.Quote(ExchangeRange(range))).Append('\n');
        }

        builder.Append(")\n\n$MailContacts = @(\n");
        foreach (var contact in side.Contacts)
        {
            builder.Append("    @{ Name = ").Append(PowerShellLiteral.Quote(contact.Name))
                .Append("; Alias = ").Append(PowerShellLiteral.Quote(contact.Alias))
                .Append("; Address = ").Append(PowerShellLiteral.Quote(contact.Address)).Append(" }\n");
        }

        builder.Append(")\n\n$DistributionGroups = @(\n");
        foreach (var group in side.Groups)
        {
            builder.Append("    @{ Name = ").Append(PowerShellLiteral.Quote(group.Name))
                .Append("; Address = ").Append(PowerShellLiteral.Quote(group.Address))
                .Append("; Hidden = ").Append(PowerShellLiteral.Boolean(group.Hidden)).Append('\n')
                .Append("       Members = ").Append(PowerShellLiteral.Array(group.Members)).Append('\n')
                .Append("       External = ").Append(PowerShellLiteral.Array(group.External)).Append(" }\n");
        }

        builder.Append(")\n\n");
    }
}
