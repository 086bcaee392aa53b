using System.Diagnostics;

namespace Provisioner.Testing.Simulators.Ssh;

/// <summary>Runs OpenSSH's ssh-keygen for the lab's SSH devices.</summary>
public static class OpenSshTool
{
    /// <summary>Makes an unencrypted key pair and returns the private key's path.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="name">The file name.</param>
    /// <param name="type">The key type, e.g. <c>ed25519</c>.</param>
    /// <returns>The private key's path.</returns>
    public static string KeyGen(string directory, string name, string type)
    {
        var path = Path.Combine(directory, name);
        Run("ssh-keygen", "-q", "-t", type, "-N", string.Empty, "-C", name, "-f", path);
        return path;
    }

    /// <summary>The SHA-256 fingerprint ssh-keygen prints for a public key file, e.g. <c>SHA256:…</c>.</summary>
    /// <param name="publicKeyPath">The <c>.pub</c> file.</param>
    /// <returns>The fingerprint.</returns>
    public static string Fingerprint(string publicKeyPath) => Run("ssh-keygen", "-l", "-E", "sha256", "-f", publicKeyPath).Split(' ')[1];

    /// <summary>Runs a tool and returns its standard output; a non-zero exit throws with its standard error.</summary>
    /// <param name="file">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Standard output.</returns>
    public static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException($"{file} did not finish");
        }

        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
    }
}
