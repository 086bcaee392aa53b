using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// One canonical setting bound to the MIB objects that hold it: its descriptor, the objects, and how to
/// read and write it over an <see cref="SnmpChannel"/>. A driver is a list of these.
/// </summary>
public abstract class SnmpSetting
{
    /// <summary>Creates the setting.</summary>
    /// <param name="descriptor">What the driver declares for it.</param>
    protected SnmpSetting(SettingDescriptor descriptor) => Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));

    /// <summary>What the driver declares for the setting.</summary>
    public SettingDescriptor Descriptor { get; }

    /// <summary>The catalogue key.</summary>
    public SettingKey Key => Descriptor.Key;

    /// <summary>The MIB objects (instances, or table columns) the setting lives in; empty when the MIB has none.</summary>
    public abstract IReadOnlyList<Oid> Objects { get; }

    /// <summary>Reads the setting.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="diagnostics">Where to add warnings (e.g. a value the driver had to normalise).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What the device holds, in canonical form.</returns>
    /// <exception cref="DeviceException">A transport failure.</exception>
    public abstract Task<Observed> ReadAsync(SnmpChannel channel, DiagnosticList diagnostics, CancellationToken cancellationToken);

    /// <summary>Writes the setting.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="change">The change, with the value read before when the engine has it.</param>
    /// <param name="diagnostics">Where to add the reason of a rejection, with the setting path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Applied, rejected or not supported.</returns>
    /// <exception cref="DeviceException">A transport failure.</exception>
    public abstract Task<WriteStatus> WriteAsync(SnmpChannel channel, SettingChange change, DiagnosticList diagnostics, CancellationToken cancellationToken);

    /// <summary>Records a value refused before any I/O.</summary>
    /// <param name="diagnostics">The response diagnostics.</param>
    /// <param name="path">The setting path, e.g. <c>smtp.recipients[1]</c>.</param>
    /// <param name="reason">Why.</param>
    /// <returns><see cref="WriteStatus.Rejected"/>.</returns>
    protected static WriteStatus RejectBeforeWrite(DiagnosticList diagnostics, string path, string reason)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Add(Diagnostic.Error("snmp.valueNotStorable", $"The device cannot hold this {path}", $"Not written: {reason}. Change the value in the inventory.") with { Path = path });
        return WriteStatus.Rejected;
    }

    /// <summary>Records a Set the agent refused.</summary>
    /// <param name="diagnostics">The response diagnostics.</param>
    /// <param name="path">The setting path.</param>
    /// <param name="outcome">The agent's answer.</param>
    /// <returns><see cref="WriteStatus.Rejected"/>.</returns>
    protected static WriteStatus RejectedByAgent(DiagnosticList diagnostics, string path, SnmpSetOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(outcome);
        var hint = outcome.Status switch
        {
            Snmp.Pdus.SnmpErrorStatus.NotWritable or Snmp.Pdus.SnmpErrorStatus.NoAccess or Snmp.Pdus.SnmpErrorStatus.ReadOnly or Snmp.Pdus.SnmpErrorStatus.NoSuchName
                => "the object is not writable with these credentials: use a read-write community or v3 user, or check the device's SNMP access settings",
            Snmp.Pdus.SnmpErrorStatus.WrongLength => "the value is longer or shorter than the object allows",
            Snmp.Pdus.SnmpErrorStatus.NoCreation or Snmp.Pdus.SnmpErrorStatus.InconsistentName => "the device would not create that row",
            _ => "the device refused the value; check it against the device's documentation",
        };
        diagnostics.Add(Diagnostic.Error(
            "snmp." + outcome.StatusName,
            $"Device refused {path} ({outcome.StatusName})",
            $"SET {outcome.FailedOid?.ToString() ?? "(no index)"} answered {outcome.StatusName}: {hint}.") with { Path = path });
        return WriteStatus.Rejected;
    }
}
