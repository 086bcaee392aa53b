namespace Provisioner.Cli.LabSupport;

/// <summary>Where a lab started for an inventory keeps its files: <c>&lt;inventory&gt;/.provisioner/</c>.</summary>
internal static class LabPaths
{
    /// <summary>The folder: next to the inventory file, or inside the inventory directory.</summary>
    public static string Folder(string inventory) =>
        Path.Combine(Running.InventoryDirectory.Of(inventory), ".provisioner");

    /// <summary>The default address map, <c>.provisioner/lab.json</c>.</summary>
    public static string DefaultMap(string inventory) => Path.Combine(Folder(inventory), "lab.json");

    /// <summary>
    /// The known-certificates store of lab runs, <c>.provisioner/known_certs</c>: <c>trust --lab</c> records the lab
    /// devices' certificates here, never in the inventory's own <c>known_certs</c>.
    /// </summary>
    public static string KnownCertificates(string inventory) => Path.Combine(Folder(inventory), Core.KnownPeers.KnownCertificatesFileName);

    /// <summary>
    /// The known-hosts store of lab runs, <c>.provisioner/known_hosts</c> (OpenSSH format): <c>trust --lab</c> records the
    /// lab's SSH devices' host keys here, never in the inventory's own <c>known_hosts</c>.
    /// </summary>
    public static string KnownHosts(string inventory) => Path.Combine(Folder(inventory), Core.KnownPeers.KnownHostsFileName);

    /// <summary>
    /// The lab's SSH folder, <c>.provisioner/lab-ssh/</c>: the SSH devices' host key and the client key <c>--lab</c> runs log
    /// in with (both kept across restarts, so recorded trust stays valid), sshd configurations and logs, and the
    /// emulators' state files.
    /// </summary>
    public static string SshFolder(string inventory) => Path.Combine(Folder(inventory), "lab-ssh");

    /// <summary>The file <c>lab down</c> creates to ask the <c>lab up</c> process to stop.</summary>
    public static string StopFile(string map) => map + ".stop";
}
