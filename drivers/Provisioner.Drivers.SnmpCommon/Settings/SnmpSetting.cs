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

    /// <summary>
    /// The instances the session GETs for this setting, batched with every other setting's (and the
    /// identity objects) into as few GETs as the agent allows; <see cref="ReadAsync(SnmpFetch, DiagnosticList, CancellationToken)"/>
    /// then decodes them. Empty for a setting that is not read or reads otherwise (table walks).
    /// </summary>
    public abstract IReadOnlyList<Oid> ReadObjects { get; }

    /// <summary>Whether <see cref="Encode"/> needs what the device holds now (e.g. to change only the used slots).</summary>
    public virtual bool EncodeNeedsCurrent => false;

    /// <summary>Reads the setting from a batched read that covers <see cref="ReadObjects"/>.</summary>
    /// <param name="fetch">The values read, and the channel for further reads.</param>
    /// <param name="diagnostics">Where to add warnings (e.g. a value the driver had to normalise).</param>
    /// <param name="cancellationToken">Cancels further reads.</param>
    /// <returns>What the device holds, in canonical form.</returns>
    /// <exception cref="DeviceException">A transport failure or a value outside the MIB.</exception>
    public abstract ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken);

    /// <summary>Reads the setting on its own: one GET of <see cref="ReadObjects"/>, then the decode.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="diagnostics">Where to add warnings.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What the device holds, in canonical form.</returns>
    /// <exception cref="DeviceException">A transport failure.</exception>
    public async Task<Observed> ReadAsync(SnmpChannel channel, DiagnosticList diagnostics, CancellationToken cancellationToken) =>
        await ReadAsync(await new SnmpBatchReader(channel).ReadAsync(ReadObjects, "read", cancellationToken).ConfigureAwait(false), diagnostics, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The bindings that write <paramref name="change"/>, to be sent in one SET with the other changes'
    /// (the agent stores a SET all or nothing), or null when the setting writes itself in steps
    /// (<see cref="WriteAsync"/>: row creation, read-modify-write over a walk).
    /// </summary>
    /// <param name="change">The change.</param>
    /// <param name="context">The request's other changes and, when <see cref="EncodeNeedsCurrent"/>, the device's current values.</param>
    /// <returns>The encoding (possibly refused), or null.</returns>
    public virtual SnmpEncoding? Encode(SettingChange change, SnmpWriteContext context) => null;

    /// <summary>Writes the setting on its own; by default one SET of its <see cref="Encode"/> bindings.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="change">The change, with the value read before when the engine has it.</param>
    /// <param name="diagnostics">Where to add the reason of a rejection, with the setting path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Applied, rejected or not supported.</returns>
    /// <exception cref="DeviceException">A transport failure.</exception>
    public virtual async Task<WriteStatus> WriteAsync(SnmpChannel channel, SettingChange change, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var current = EncodeNeedsCurrent ? await new SnmpBatchReader(channel).ReadAsync(ReadObjects, "write", cancellationToken).ConfigureAwait(false) : null;
        var encoding = Encode(change, new SnmpWriteContext([change], current))
            ?? throw new InvalidOperationException($"{GetType().Name} neither encodes its changes nor overrides WriteAsync.");
        if (encoding.IsRefused)
        {
            diagnostics.AddRange(encoding.Refusals);
            return WriteStatus.Rejected;
        }

        if (encoding.Bindings.Count == 0)
        {
            return WriteStatus.Applied;
        }

        var outcome = await channel.SetAsync(encoding.Bindings, cancellationToken).ConfigureAwait(false);
        return outcome.IsSuccess ? WriteStatus.Applied : RejectedByAgent(diagnostics, PathOf(encoding, outcome), outcome);
    }

    /// <summary>The setting path a refused SET names: the path of the binding at the agent's error-index, else the setting.</summary>
    /// <param name="encoding">The bindings sent.</param>
    /// <param name="outcome">The agent's answer.</param>
    /// <returns>The path.</returns>
    public static string PathOf(SnmpEncoding encoding, SnmpSetOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.ErrorIndex >= 1 && outcome.ErrorIndex <= encoding.Paths.Count ? encoding.Paths[outcome.ErrorIndex - 1] : encoding.Key.Name;
    }

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
    public static WriteStatus RejectedByAgent(DiagnosticList diagnostics, string path, SnmpSetOutcome outcome)
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
