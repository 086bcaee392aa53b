using Provisioner.Cli.Infrastructure;
using Provisioner.Core;

namespace Provisioner.Cli.Trust;

/// <summary>What <c>provisioner trust</c> tells on standard error beside its findings: devices it skipped and what to do next.</summary>
internal static class TrustNotes
{
    /// <summary>Names the devices that are not probed: HTTPS and SSH devices a lab does not simulate.</summary>
    public static async Task SkippedAsync(CommandSession session, TrustSelection selection)
    {
        foreach (var device in selection.NotSimulated)
        {
            await session.Error.WriteLineAsync($"warning: {device.Name} ({device.DriverId}) is not simulated by the lab; skipped (a lab run never contacts a real device).").ConfigureAwait(false);
        }
    }

    /// <summary>After the findings: what was not recorded and why, and what to do about changed certificates and host keys.</summary>
    public static async Task AfterAsync(CommandSession session, TrustSettings settings, KnownPeers stores, IReadOnlyList<TrustFinding> findings, bool declined)
    {
        foreach (var f in findings.Where(f => f.Status == TrustStatus.Changed && !f.Recorded))
        {
            var c = f.Candidate;
            var how = c.Pinned.Count > 0
                ? $"the inventory pins the old one ({c.PinKey}): if the device's {c.Noun} was replaced on purpose, write the new fingerprint there"
                : $"if the device's {c.Noun} was replaced on purpose, run again with --replace to record the new one in {(c.IsSsh ? stores.Hosts.Path : stores.Certificates.Path)}";
            await session.Error.WriteLineAsync($"warning: {c.Device}: the {c.Noun} CHANGED; runs refuse this device (outcome 'untrusted'). Check with whoever manages it: {how}.").ConfigureAwait(false);
        }

        foreach (var f in findings.Where(f => f.Status == TrustStatus.Unreachable))
        {
            await session.Error.WriteLineAsync($"error: {f.Candidate.Device}: {f.Problem}").ConfigureAwait(false);
        }

        var pending = findings.Where(f => TrustRecorder.Wants(f, settings.Replace) && !f.Recorded).ToList();
        if (pending.Count > 0 && !declined)
        {
            await session.Error.WriteLineAsync($"{TrustRecorder.Describe(pending, stores)} not recorded: pass --yes to record them (or run at a terminal to be asked).").ConfigureAwait(false);
        }
        else if (findings.Any(f => f.Recorded) && settings.Yes)
        {
            await session.Error.WriteLineAsync($"Recorded {TrustRecorder.Describe(findings.Where(f => f.Recorded), stores)}.").ConfigureAwait(false);
        }
    }
}
