using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Mapping;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>
/// Turns canonical changes into one SET's bindings, remembering which setting each binding belongs
/// to, so an error-index can be reported on the setting path. Values the SC200 cannot hold (IPv6
/// relay, non-ASCII text, informational level) are refused here, before anything is sent.
/// </summary>
internal sealed class Sc200ChangeWriter(Sc200WireState current)
{
    private readonly List<VarBind> bindings = [];
    private readonly List<(SettingKey Key, string Path)> owners = [];

    /// <summary>The bindings to send, in order.</summary>
    public IReadOnlyList<VarBind> Bindings => bindings;

    /// <summary>Settings refused before sending, with why.</summary>
    public DiagnosticList Refused { get; } = [];

    /// <summary>The setting and path the 1-based <paramref name="errorIndex"/> belongs to.</summary>
    public (SettingKey Key, string Path)? OwnerOf(int errorIndex) => errorIndex >= 1 && errorIndex <= owners.Count ? owners[errorIndex - 1] : null;

    /// <summary>Adds the bindings of every change.</summary>
    /// <param name="changes">The changes, in order.</param>
    public void AddAll(IReadOnlyList<SettingChange> changes)
    {
        var severityChange = changes.FirstOrDefault(c => c.Key.Equals(SettingKey.AlertsMinimumSeverity))?.Value as SeverityValue;
        var recipientsChanged = changes.Any(c => c.Key.Equals(SettingKey.SmtpRecipients));
        foreach (var change in changes)
        {
            switch (change.Value)
            {
                case BooleanValue b when change.Key.Equals(SettingKey.SmtpEnabled):
                    Add(change.Key, change.Key.Name, Sc200Oids.Notifications, new Integer32(b.Value ? 1 : 0));
                    break;
                case TextValue t when change.Key.Equals(SettingKey.SmtpRelay):
                    AddRelay(t.Value);
                    break;
                case IntegerValue i when change.Key.Equals(SettingKey.SmtpPort):
                    Add(change.Key, change.Key.Name, Sc200Oids.ServerPort, new Integer32((int)i.Value));
                    break;
                case TextValue t when change.Key.Equals(SettingKey.SmtpFrom):
                    AddText(change.Key, change.Key.Name, Sc200Oids.ReturnAddress, t.Value);
                    break;
                case RecipientsValue r when change.Key.Equals(SettingKey.SmtpRecipients):
                    AddRecipients(r.Value, severityChange?.Value ?? current.MinimumSeverity ?? AlertSeverity.Warning);
                    break;
                case SeverityValue s when change.Key.Equals(SettingKey.AlertsMinimumSeverity):
                    if (!recipientsChanged)
                    {
                        AddMinimumSeverity(s.Value);
                    }

                    break;
                default:
                    Refused.Add(Diagnostic.Error("eaton.notWritable", $"The SC200 cannot set {change.Key.Name}", "The RPS-SC200-MIB has no writable object for this setting; change it on the device's web page if needed.") with { Path = change.Key.Name });
                    break;
            }
        }
    }

    /// <summary>Adds the bindings that put every writable object back to <paramref name="state"/>.</summary>
    /// <param name="state">A snapshot.</param>
    public void AddRestore(Sc200WireState state)
    {
        if (state.Enabled is { } e)
        {
            Add(SettingKey.SmtpEnabled, SettingKey.SmtpEnabled.Name, Sc200Oids.Notifications, new Integer32(e));
        }

        if (state.Relay is { } relay)
        {
            AddRelay(relay);
        }

        if (state.Port is { } port)
        {
            Add(SettingKey.SmtpPort, SettingKey.SmtpPort.Name, Sc200Oids.ServerPort, new Integer32(port));
        }

        if (state.ReturnAddress is { } from)
        {
            AddText(SettingKey.SmtpFrom, SettingKey.SmtpFrom.Name, Sc200Oids.ReturnAddress, from);
        }

        for (var row = 0; row < state.Rows.Count; row++)
        {
            var path = SettingKey.SmtpRecipients.PathAt(row);
            AddText(SettingKey.SmtpRecipients, path, Sc200Oids.ReceiverAddress[row], state.Rows[row].Address);
            Add(SettingKey.SmtpRecipients, path, Sc200Oids.ReceiverLevel[row], new Integer32(state.Rows[row].Level));
        }
    }

    private void AddRecipients(IReadOnlyList<Recipient> recipients, AlertSeverity inherited)
    {
        for (var row = 0; row < Sc200Model.ReceiverRows; row++)
        {
            var path = SettingKey.SmtpRecipients.PathAt(row);
            if (row >= recipients.Count)
            {
                AddText(SettingKey.SmtpRecipients, path, Sc200Oids.ReceiverAddress[row], string.Empty);
                Add(SettingKey.SmtpRecipients, path, Sc200Oids.ReceiverLevel[row], new Integer32((int)SeverityLevel.None));
                continue;
            }

            var severity = recipients[row].MinimumSeverity ?? inherited;
            if (SeverityMapping.ToWire(severity) is not { } level)
            {
                Refused.Add(Unexpressible(severity) with { Path = path });
                continue;
            }

            AddText(SettingKey.SmtpRecipients, path, Sc200Oids.ReceiverAddress[row], recipients[row].Address);
            Add(SettingKey.SmtpRecipients, path, Sc200Oids.ReceiverLevel[row], new Integer32((int)level));
        }
    }

    private void AddMinimumSeverity(AlertSeverity severity)
    {
        if (SeverityMapping.ToWire(severity) is not { } level)
        {
            Refused.Add(Unexpressible(severity) with { Path = SettingKey.AlertsMinimumSeverity.Name });
            return;
        }

        var old = current.MinimumSeverity is { } m ? SeverityMapping.ToWire(m) : null;
        for (var row = 0; row < current.Rows.Count; row++)
        {
            var (address, rowLevel) = current.Rows[row];
            if (!Sc200Model.IsUnusedSlot(address, rowLevel) && (old is null || rowLevel == (int)old))
            {
                Add(SettingKey.AlertsMinimumSeverity, SettingKey.AlertsMinimumSeverity.Name, Sc200Oids.ReceiverLevel[row], new Integer32((int)level));
            }
        }
    }

    private void AddRelay(string relay)
    {
        if (RelayAddressMapping.TryToWire(relay, out var address) is { } problem)
        {
            Refused.Add(problem with { Path = SettingKey.SmtpRelay.Name });
            return;
        }

        Add(SettingKey.SmtpRelay, SettingKey.SmtpRelay.Name, Sc200Oids.ServerAddress, new IpAddress(address!));
    }

    private void AddText(SettingKey key, string path, Oid oid, string text)
    {
        if (DisplayStringMapping.ToWire(text) is not { } octets)
        {
            Refused.Add(Diagnostic.Error("eaton.notAscii", $"'{text}' is not printable ASCII", "SC200 text objects are DisplayStrings (RFC 2579): use plain ASCII addresses.") with { Path = path });
            return;
        }

        Add(key, path, oid, new OctetString(octets));
    }

    private void Add(SettingKey key, string path, Oid oid, SnmpValue value)
    {
        bindings.Add(new VarBind(oid, value));
        owners.Add((key, path));
    }

    private static Diagnostic Unexpressible(AlertSeverity severity) => Diagnostic.Error(
        "eaton.severityNotExpressible",
        $"The SC200 cannot e-mail at level {severity.ToString().ToLowerInvariant()}",
        "email-Receiver-Level knows warnings-And-Above, minor-And-Above, major-And-Above and critical-Only; informational events cannot be e-mailed. Use warning or higher.");
}
