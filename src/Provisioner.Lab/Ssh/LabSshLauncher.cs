using System.Collections.Concurrent;
using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Hosting;

namespace Provisioner.Lab.Ssh;

/// <summary>
/// Starts the SSH devices of a <see cref="LabHost"/>: one <see cref="SshdProcess"/> per device on the device's own
/// loopback address, presenting the lab's host key, accepting the lab's client key, and running the device's CLI
/// emulator on its state file as the forced command.
/// </summary>
internal static class LabSshLauncher
{
    /// <summary>Starts every device; when one fails, those already started are stopped and the failure is thrown.</summary>
    /// <param name="devices">The devices with their models and addresses.</param>
    /// <param name="keys">The lab's SSH keys.</param>
    /// <param name="options">The lab's options (sshd path, preferred port).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running devices, in the order given.</returns>
    /// <exception cref="Network.LabNetworkException">An sshd did not start listening.</exception>
    public static async Task<IReadOnlyList<LabDevice>> StartAsync(
        IReadOnlyList<(LabDeviceSpec Spec, ISshSimulatedDevice Model, IPAddress Address)> devices, LabSshKeys keys, LabHostOptions options, CancellationToken cancellationToken)
    {
        var python = OpenSshTools.FindOnPath("python3") ?? "python3";
        var started = new ConcurrentDictionary<int, LabDevice>();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, devices.Count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var (spec, model, address) = devices[i];
                var port = options.PreferredSshPort is { } preferred && SshdProcess.CanBind(address, preferred) ? preferred : 0;
                var sshdOptions = new SshdOptions
                    {
                        Address = address,
                        Port = port,
                        Directory = keys.Directory,
                        Name = "sshd-" + Path.GetFileNameWithoutExtension(model.StatePath),
                        HostKeyPath = keys.HostKeyPath,
                        AuthorizedKeysPath = keys.AuthorizedKeysPath,
                        ForceCommand = $"{Quote(python)} {Quote(model.EmulatorScript)} --state {Quote(model.StatePath)}",
                        PasswordLogins = false,
                        SshdPath = options.SshdPath,
                    };
                SshdProcess sshd;
                try
                {
                    sshd = await SshdProcess.StartAsync(sshdOptions, ct).ConfigureAwait(false);
                }
                catch (Network.LabNetworkException) when (port != 0)
                {
                    // The preferred port was taken between the check and sshd's bind: an ephemeral one, as for SNMP and HTTPS.
                    sshd = await SshdProcess.StartAsync(sshdOptions with { Port = 0 }, ct).ConfigureAwait(false);
                }

                started[i] = new LabDevice(spec, model, sshd, keys.HostFingerprint);
            }).ConfigureAwait(false);
        }
        catch
        {
            foreach (var device in started.Values)
            {
                await device.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        return [.. Enumerable.Range(0, devices.Count).Select(i => started[i])];
    }

    /// <summary>Quotes a word for the POSIX shell sshd runs the forced command with.</summary>
    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
