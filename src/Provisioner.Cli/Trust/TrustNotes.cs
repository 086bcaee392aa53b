using Provisioner.Cli.Infrastructure;
using Provisioner.Core;

namespace Provisioner.Cli.Trust;

/// <summary>What <c>provisioner trust</c> tells on standard error beside its findings: devices it skipped and what to do next.</summary>
internal static class TrustNotes
{
    /// <summary>Names the devices that are not probed: SSH devices, and HTTPS devices a lab does not simulate.</summary>
    public static async Task SkippedAsync(CommandSession session, TrustSelection selection)
    {
        foreach (var device in selection.Ssh)
        {
            await session.Error.WriteLineAsync($"note: {device.Name} ({device.DriverId}) is reached over SSH; its host key is not checked here yet, that comes with the SSH transport (issue 11). Skipped. Until then pin it with 'ssh_host_key_sha256' or add it to known_hosts (ssh-keyscan).").ConfigureAwait(false);
        }

        foreach (var device in selection.NotSimulated)
        {
            await session.Error.WriteLineAsync($"warning: {device.Name} ({device.DriverId}) is not simulated by the lab; skipped (a lab run never contacts a real device).").ConfigureAwait(false);
        }
    }

    /// <summary>After the findings: what was not recorded and why, and what to do about changed certificates.</summary>
    public static async Task AfterAsync(CommandSession session, TrustSettings settings, KnownCertificatesFile store, IReadOnlyList<TrustFinding> findings, bool declined)
    {
        foreach (var f in findings.Where(f => f.Status == TrustStatus.Changed && !f.Recorded))
        {
            var how = f.Candidate.Pinned.Count > 0
                ? "the inventory pins the old one (tls_certificate_sha256): if the device's certificate was replaced on purpose, write the new fingerprint there"
                : $"if the device's certificate was replaced on purpose, run again with --replace to record the new one in {store.Path}";
            await session.Error.WriteLineAsync($"warning: {f.Candidate.Device}: the certificate CHANGED; runs refuse this device (outcome 'untrusted'). Check with whoever manages it: {how}.").ConfigureAwait(false);
        }

        foreach (var f in findings.Where(f => f.Status == TrustStatus.Unreachable))
        {
            await session.Error.WriteLineAsync($"error: {f.Candidate.Device}: {f.Problem}").ConfigureAwait(false);
        }

        var pending = findings.Count(f => TrustRecorder.Wants(f, settings.Replace) && !f.Recorded);
        if (pending > 0 && !declined)
        {
            await session.Error.WriteLineAsync($"{pending} certificate(s) not recorded: pass --yes to record them in {store.Path} (or run at a terminal to be asked).").ConfigureAwait(false);
        }
        else if (findings.Any(f => f.Recorded) && settings.Yes)
        {
            await session.Error.WriteLineAsync($"Recorded {findings.Count(f => f.Recorded)} certificate(s) in {store.Path}.").ConfigureAwait(false);
        }
    }
}
