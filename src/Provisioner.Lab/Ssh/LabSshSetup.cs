using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Hosting;

namespace Provisioner.Lab.Ssh;

/// <summary>
/// The SSH side of a starting <see cref="LabHost"/>: its folder, whether this machine can run SSH devices at all, the
/// devices it skipped, and the start of the others.
/// </summary>
internal sealed class LabSshSetup
{
    private readonly LabHostOptions options;
    private readonly bool temporary;
    private readonly string? problem;
    private readonly List<(int Index, LabDeviceSpec Spec, ISshSimulatedDevice Model, IPAddress Address)> pending = [];
    private readonly List<(string Name, string Reason)> skipped = [];

    /// <summary>Works out the folder and whether SSH devices can run here.</summary>
    /// <param name="options">The lab's options.</param>
    public LabSshSetup(LabHostOptions options)
    {
        this.options = options;
        temporary = options.SshFolder is null;
        Folder = options.SshFolder is { } folder ? Path.GetFullPath(folder) : Path.Combine(Path.GetTempPath(), $"provisioner-lab-ssh-{Guid.NewGuid():N}");
        problem = OpenSshTools.Problem(options.SshdPath, options.SshTerminals);
    }

    /// <summary>The lab's SSH folder (made when the first SSH model writes its state).</summary>
    public string Folder { get; }

    /// <summary>The keys, once SSH devices started; null before or when there are none.</summary>
    public LabSshKeys? Keys { get; private set; }

    /// <summary>One line naming the skipped SSH devices and why; null when none was skipped.</summary>
    public string? Skipped => skipped.Count == 0
        ? null
        : "SSH devices skipped: " + string.Join("; ", skipped.GroupBy(s => s.Reason).Select(g => $"{g.Key}: {string.Join(", ", g.Select(s => s.Name))}")) + ".";

    /// <summary>Queues an SSH device, or records it as skipped when this machine cannot run it or its emulator script is missing.</summary>
    /// <param name="index">Its index among the lab's specs.</param>
    /// <param name="spec">The device.</param>
    /// <param name="model">Its model.</param>
    /// <param name="address">Its loopback address.</param>
    public void Add(int index, LabDeviceSpec spec, ISshSimulatedDevice model, IPAddress address)
    {
        var reason = problem ?? (File.Exists(model.EmulatorScript) ? null : $"the CLI emulator {model.EmulatorScript} is missing from the build output");
        if (reason is null)
        {
            pending.Add((index, spec, model, address));
        }
        else
        {
            skipped.Add((spec.Name, reason));
        }
    }

    /// <summary>Starts the queued devices.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>Each device with its index among the specs.</returns>
    public async Task<IReadOnlyList<(int Index, LabDevice Device)>> StartAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return [];
        }

        Keys = LabSshKeys.Ensure(Folder);
        var started = await LabSshLauncher.StartAsync([.. pending.Select(p => (p.Spec, p.Model, p.Address))], Keys, options, cancellationToken).ConfigureAwait(false);
        return [.. pending.Select((p, i) => (p.Index, started[i]))];
    }

    /// <summary>Deletes the folder when the lab made it in the temporary folder (a folder the caller named stays).</summary>
    public void DeleteTemporaryFolder()
    {
        if (!temporary || !Directory.Exists(Folder))
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A session's emulator may still hold a file for a moment; the OS cleans the temporary folder.
        }
    }
}
