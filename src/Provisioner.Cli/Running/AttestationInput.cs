using Provisioner.Cli.Commands;
using Provisioner.Cli.Infrastructure;
using Provisioner.Core;
using Provisioner.Inventory.Attestations;

namespace Provisioner.Cli.Running;

/// <summary>Reads the inventory's attestations file for plan, apply and diff and hands each target its attestations.</summary>
internal static class AttestationInput
{
    /// <summary>Returns the targets with their attestations; null (after printing every problem) when the file has errors.</summary>
    public static async Task<IReadOnlyList<DeviceTarget>?> ApplyAsync(CommandSession session, string inventory, IReadOnlyList<DeviceTarget> targets, CancellationToken cancellationToken)
    {
        var path = AttestationFile.PathFor(inventory);
        var loaded = await AttestationFile.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        if (loaded.Diagnostics.HasErrors)
        {
            InventoryInput.PrintToError(session, loaded.Diagnostics);
            await session.Error.WriteLineAsync($"{path}: the attestations file has errors; no device was contacted. Fix it (docs/inventory.md describes it), or delete the entry and record the step again with 'provisioner attest'.").ConfigureAwait(false);
            return null;
        }

        var byDevice = loaded.Attestations.ToLookup(a => a.Device, StringComparer.Ordinal);
        return [.. targets.Select(t => byDevice.Contains(t.Name)
            ? t with { Attestations = [.. byDevice[t.Name].Select(a => new ManualStepAttestation(a.Setting, a.Value, a.By, a.At))] }
            : t)];
    }
}
