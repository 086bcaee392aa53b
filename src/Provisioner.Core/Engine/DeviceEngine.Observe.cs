using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>The observe phase: identify, read, compare. It holds only a <see cref="ReadOnlySessionView"/>.</summary>
public sealed partial class DeviceEngine
{
    /// <summary>Fills <see cref="DeviceWork.Before"/>; returns an outcome when the device must stop here.</summary>
    private async Task<DeviceOutcome?> ObserveAsync(
        DeviceWork work, ReadOnlySessionView view, DriverDescriptor descriptor, DesiredState desired, CancellationToken cancellationToken)
    {
        var identity = await work.TimeAsync(() => view.IdentifyAsync(cancellationToken), t => work.IdentifyTime = t);
        work.Identity = identity;
        work.Add(identity.Diagnostics);
        if (options.CheckIdentity && descriptor.Identity is { } rule && rule.Mismatches(identity) is { Count: > 0 } reasons)
        {
            work.Add(Diagnostic.Error(
                "device.identityMismatch",
                $"Device is not a {descriptor.Vendor} {string.Join("/", descriptor.Models)}",
                $"{string.Join("; ", reasons)}. Check the address and the driver of this device in the inventory; nothing was read or written."));
            return DeviceOutcome.IdentityMismatch;
        }

        var keys = desired.Values.Keys.Where(k => descriptor.Find(k) is not null).ToHashSet();
        var read = await work.TimeAsync(() => ReadAsync(view.ReadAsync, keys, cancellationToken), t => work.Read = t);
        work.Add(read.Diagnostics);
        if (ReadContractViolation(keys, read) is { } violation)
        {
            work.Add(violation);
            return DeviceOutcome.Error;
        }

        work.Before = ThreeWayComparer.Compare(desired.Values, read.Values, descriptor, work.Target.Desired.MinimumSeverity);
        foreach (var c in work.Before.Where(c => c.Kind == ComparisonKind.NotSupported && c.NeedsAttention && !c.ByHand))
        {
            var reason = c.Actual is Observed.NotSupported ns ? ns.Reason : $"driver {descriptor.Id} does not manage it";
            work.Add(Diagnostic.Warning("setting.notSupported", $"Device cannot hold {c.Key.Name}", $"The inventory asks for it but {reason}.") with { Path = c.Key.Name });
        }

        foreach (var c in work.Before.Where(c => c.NeedsAttention && c.ByHand))
        {
            if (ManualStepFor(work.Target, c.Key, descriptor.Find(c.Key)!.ManualStep!) is { } step)
            {
                work.ManualSteps.Add(step);
            }
        }

        return null;
    }

    /// <summary>
    /// The step a person still has to take: none when an attestation covers the value the inventory wants,
    /// a redo when the attestation is for another value, the driver's step otherwise.
    /// </summary>
    private ManualStep? ManualStepFor(DeviceTarget target, SettingKey key, ManualStep step)
    {
        var wanted = ManualStepAttestation.ValueOf(target.Desired, key);
        if (target.Attestations.LastOrDefault(a => a.Key == key) is not { } attested)
        {
            return step;
        }

        if (string.Equals(attested.Value, wanted, StringComparison.Ordinal))
        {
            log.ForContext("Device", target.Name).Debug("{Setting} attested by {Attestation}; the manual step is done", key.Name, attested.Describe());
            return null;
        }

        return step with { What = $"{ManualStepAttestation.RedoPrefix}the inventory now says {wanted} (done for {attested.Value} by {attested.Describe()}). {step.What}" };
    }

    private async ValueTask<ReadResponse> ReadAsync(
        Func<ReadRequest, CancellationToken, ValueTask<ReadResponse>> read, HashSet<SettingKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new ReadResponse { Values = new Dictionary<SettingKey, Observed>() };
        }

        var response = await read(new ReadRequest { Keys = keys }, cancellationToken);
        foreach (var value in response.Values.Values.OfType<Observed.Known>())
        {
            redactor.Register(value.Value);
        }

        return response;
    }

    private static Diagnostic? ReadContractViolation(HashSet<SettingKey> keys, ReadResponse read)
    {
        var missing = keys.Where(k => !read.Values.ContainsKey(k)).Select(k => k.Name).ToList();
        var extra = read.Values.Keys.Where(k => !keys.Contains(k)).Select(k => k.Name).ToList();
        return missing.Count == 0 && extra.Count == 0
            ? null
            : Diagnostic.Error(
                "driver.contract",
                "Driver returned a different set of settings than asked for",
                $"Missing: {string.Join(", ", missing)}; unexpected: {string.Join(", ", extra)}. This is a driver bug; please report it.");
    }
}
