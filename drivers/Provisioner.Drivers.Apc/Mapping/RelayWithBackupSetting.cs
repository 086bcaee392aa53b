using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Apc;

/// <summary>
/// <c>smtp.relay</c> on a NetBotz: <c>netBotz-dev-smtp</c> plus <c>netBotz-dev-backup-smtp</c>. The
/// guideline has one relay, so a backup relay that is set and differs from the relay is shown as part of
/// the value (<c>10.6.0.25 (backup 10.0.0.8)</c>) and therefore differs; writing sets the relay and clears
/// the backup, in one Set, so alert mail cannot leave through a server the inventory does not name.
/// Writing a value in the shown form (what the engine does when it restores the state read before a
/// change) puts both servers back.
/// </summary>
internal sealed partial class RelayWithBackupSetting(SettingDescriptor descriptor) : SnmpSetting(descriptor)
{
    private const string NoRelay = "(none)";

    private readonly IpTextCodec relay = new(NetBotzSettings.TextLength);

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => [Oids.Smtp, Oids.BackupSmtp];

    /// <summary>The value shown for a relay with a different backup relay.</summary>
    /// <param name="primary">The relay.</param>
    /// <param name="backup">The backup relay.</param>
    /// <returns>The display text.</returns>
    public static string WithBackup(string primary, string backup) => $"{primary} (backup {backup})";

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => Objects;

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var values = fetch.Values(Objects);
        if (values[0].IsException)
        {
            return ValueTask.FromResult<Observed>(new Observed.NotSupported($"the device has no netBotz-dev-smtp ({Oids.Smtp})"));
        }

        var primary = Text(values[0]);
        var backup = values[1].IsException ? string.Empty : Text(values[1]);
        if (backup.Length > 0 && !string.Equals(backup, primary, StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult<Observed>(new Observed.Known(new TextValue(WithBackup(primary.Length == 0 ? NoRelay : primary, backup))));
        }

        return ValueTask.FromResult<Observed>(primary.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(primary)));
    }

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        var encoding = new SnmpEncoding(Key);
        try
        {
            var backup = OctetString.Empty;
            SnmpValue wire;
            if (change.Value is TextValue text && ShownWithBackup().Match(text.Value) is { Success: true } shown)
            {
                var primary = shown.Groups["relay"].Value;
                wire = primary == NoRelay ? OctetString.Empty : relay.Encode(new TextValue(primary));
                backup = OctetString.FromString(new DisplayStringCodec(NetBotzSettings.TextLength).Check(shown.Groups["backup"].Value));
            }
            else
            {
                wire = relay.Encode(change.Value);
            }

            encoding.Add(Key.Name, Oids.Smtp, wire);
            encoding.Add(Key.Name, Oids.BackupSmtp, backup);
        }
        catch (SnmpCodecException ex)
        {
            encoding.Refuse(Key.Name, ex.Message, ex.Code);
        }

        return encoding;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<relay>\\S+) \\(backup (?<backup>\\S+)\\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ShownWithBackup();

    private static string Text(SnmpValue value) => value is OctetString s ? DisplayStringCodec.FromWire(s.AsSpan()) : value.ToString() ?? string.Empty;
}
