using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A canonical setting the device's MIB does not have: declared read-only with the manual step a person
/// takes in the device's web interface, read as not supported, never written. The engine lists the step
/// in plan and apply reports whenever the inventory asks for anything but the catalogue default.
/// </summary>
public sealed class ManualSetting : SnmpSetting
{
    private readonly string reason;

    /// <summary>Creates the setting.</summary>
    /// <param name="key">The catalogue key.</param>
    /// <param name="mib">The MIB that lacks it, for the reason text, e.g. <c>TRIPPLITE-PRODUCTS</c>.</param>
    /// <param name="what">What to set, in the device's words.</param>
    /// <param name="where">Where in the web interface.</param>
    public ManualSetting(SettingKey key, string mib, string what, string where)
        : base(new SettingDescriptor
        {
            Key = key,
            Access = SettingAccess.ReadOnly,
            Description = $"Not in {mib}: set by hand ({where}).",
            ManualStep = new ManualStep(key, what, where),
        })
    {
        if (key.Type == SettingType.Secret)
        {
            throw new ArgumentException("A secret cannot be a manual read-only setting; leave it undeclared.", nameof(key));
        }

        reason = $"{mib} has no object for it; set it by hand";
    }

    /// <summary>Creates the setting from a descriptor that already carries its manual step (e.g. one a mapping file declares).</summary>
    /// <param name="descriptor">The descriptor; read-only, with a <see cref="SettingDescriptor.ManualStep"/>.</param>
    /// <param name="reason">Why the device cannot take it over SNMP, for the read's not-supported observation.</param>
    public ManualSetting(SettingDescriptor descriptor, string reason)
        : base(descriptor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (descriptor.ManualStep is null || descriptor.Access != SettingAccess.ReadOnly)
        {
            throw new ArgumentException("A manual setting is read-only and carries its manual step.", nameof(descriptor));
        }

        if (descriptor.Key.Type == SettingType.Secret)
        {
            throw new ArgumentException("A secret cannot be a manual read-only setting; leave it undeclared.", nameof(descriptor));
        }

        this.reason = reason;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => [];

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => [];

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Observed>(new Observed.NotSupported(reason));

    /// <inheritdoc/>
    public override Task<WriteStatus> WriteAsync(SnmpChannel channel, SettingChange change, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Add(Diagnostic.Warning("setting.manual", $"{Key.Name} cannot be set over SNMP", $"{reason}: {Descriptor.ManualStep!.What} in {Descriptor.ManualStep.Where}.") with { Path = Key.Name });
        return Task.FromResult(WriteStatus.NotSupported);
    }
}
