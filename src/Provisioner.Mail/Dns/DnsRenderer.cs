using System.Text;

namespace Provisioner.Mail;

/// <summary>
/// Renders the guideline's DNS record: a CNAME <c>smtp</c> in the internal zone (the mail domain)
/// pointing at the relay's FQDN, as a BIND zone fragment and as an idempotent Windows DNS Server
/// PowerShell script (<c>Get-DnsServerResourceRecord</c>, then <c>Add-DnsServerResourceRecordCName</c>).
/// </summary>
/// <param name="timeProvider">The clock for the headers.</param>
public sealed class DnsRenderer(TimeProvider timeProvider) : IMailRenderer
{
    /// <summary>The name of the rendered BIND zone fragment.</summary>
    public const string ZoneFileName = "smtp-cname.zone";

    /// <summary>The name of the rendered Windows DNS script.</summary>
    public const string ScriptFileName = "smtp-cname.ps1";

    /// <summary>The owner name of the record, relative to the zone.</summary>
    public const string RecordName = "smtp";

    /// <inheritdoc/>
    public MailTarget Target => MailTarget.Dns;

    /// <summary>The relay's host name as an absolute DNS name, with the trailing dot.</summary>
    /// <param name="relay">The relay.</param>
    /// <returns>E.g. <c>mail01.contoso.com.</c>.</returns>
    /// <exception cref="MailRenderException">When the relay has no host name.</exception>
    public static string AbsoluteTarget(MailRelay relay)
    {
        ArgumentNullException.ThrowIfNull(relay);
        if (string.IsNullOrWhiteSpace(relay.Hostname))
        {
            throw new MailRenderException(
                "The relay has no hostname, so the smtp CNAME has no target. Add 'hostname: <relay FQDN>' under relay (e.g. mail01.contoso.com).",
                relay.Source);
        }

        return relay.Hostname.TrimEnd('.').ToLowerInvariant() + ".";
    }

    /// <inheritdoc/>
    public IReadOnlyList<RenderedFile> Render(MailSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        AbsoluteTarget(side.Relay);
        return [new RenderedFile(ZoneFileName, RenderZone(side)), new RenderedFile(ScriptFileName, RenderScript(side))];
    }

    private string RenderZone(MailSide side)
    {
        var builder = new StringBuilder();
        RenderHeader.Write(builder, ";", $"BIND zone fragment for the {side.Domain} zone: the smtp CNAME for the relay", side.Origin, timeProvider);
        builder.Append(";\n; $INCLUDE this file in the zone (or paste the record), raise the SOA serial,\n")
            .Append("; check with named-checkzone ").Append(side.Domain).Append(" <zone file>, then: rndc reload ").Append(side.Domain).Append('\n')
            .Append(RecordName).Append("\tIN\tCNAME\t").Append(AbsoluteTarget(side.Relay)).Append('\n');
        return builder.ToString();
    }

    private string RenderScript(MailSide side)
    {
        var builder = new StringBuilder();
        RenderHeader.Write(builder, "#", "Windows DNS Server PowerShell: the smtp CNAME for the relay", side.Origin, timeProvider);
        builder.Append(EmbeddedText.Read("DnsCnamePreamble.ps1").Replace("{{ZONE}}", PowerShellLiteral.Quote(side.Domain.ToLowerInvariant()), StringComparison.Ordinal))
            .Append("# ---- Desired state, from the inventory ----\n")
            .Append("$RecordName = ").Append(PowerShellLiteral.Quote(RecordName)).Append('\n')
            .Append("$TargetName = ").Append(PowerShellLiteral.Quote(AbsoluteTarget(side.Relay))).Append("\n\n")
            .Append(EmbeddedText.Read("DnsCnameLogic.ps1"));
        return builder.ToString();
    }
}
