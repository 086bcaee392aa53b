namespace Provisioner.Lab.Ssh;

/// <summary>
/// The keys of a lab's SSH devices, in the lab's SSH folder: one ed25519 host key every SSH device of the lab presents
/// (its fingerprint goes into the address map, so <c>provisioner trust --lab</c> and <c>--lab</c> runs can check it) and
/// one ed25519 client key the devices accept (sshd checks no passwords without OS accounts, so lab clients log in with
/// this key). Made with ssh-keygen when missing, kept when present, so a restarted lab keeps its identity.
/// </summary>
public sealed class LabSshKeys
{
    private LabSshKeys(string directory)
    {
        Directory = directory;
        HostFingerprint = OpenSshTools.Fingerprint(HostKeyPath + ".pub");
    }

    /// <summary>The folder holding the keys.</summary>
    public string Directory { get; }

    /// <summary>The host key (private key file).</summary>
    public string HostKeyPath => Path.Combine(Directory, "host_ed25519");

    /// <summary>The host key's SHA-256 fingerprint, <c>SHA256:…</c>.</summary>
    public string HostFingerprint { get; }

    /// <summary>The client key lab clients log in with (private key file, unencrypted).</summary>
    public string ClientKeyPath => Path.Combine(Directory, "client_ed25519");

    /// <summary>The <c>authorized_keys</c> file holding the client key.</summary>
    public string AuthorizedKeysPath => Path.Combine(Directory, "authorized_keys");

    /// <summary>Loads the keys in <paramref name="directory"/>, making those that are missing.</summary>
    /// <param name="directory">The lab's SSH folder; created when missing.</param>
    /// <returns>The keys.</returns>
    public static LabSshKeys Ensure(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var name in new[] { "host_ed25519", "client_ed25519" })
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path) || !File.Exists(path + ".pub"))
            {
                File.Delete(path);
                File.Delete(path + ".pub");
                OpenSshTools.KeyGen(directory, name, "ed25519");
            }
        }

        var keys = new LabSshKeys(directory);
        File.WriteAllText(keys.AuthorizedKeysPath, File.ReadAllText(keys.ClientKeyPath + ".pub"));
        return keys;
    }
}
