using System.Diagnostics;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>Runs an OpenSSH tool (ssh-keygen, ssh) and returns its exit code and output.</summary>
internal static class Tool
{
    public static (int ExitCode, string Output, string Error) Run(string file, params string[] arguments)
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
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static string Check(string file, params string[] arguments)
    {
        var (code, output, error) = Run(file, arguments);
        return code == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {code}: {error}");
    }

    /// <summary>Makes a key pair with ssh-keygen and returns the private key's path.</summary>
    public static string KeyGen(string directory, string name, string type, string passphrase = "")
    {
        var path = Path.Combine(directory, name);
        var args = new List<string> { "-q", "-t", type, "-N", passphrase, "-C", name, "-f", path };
        if (type == "rsa")
        {
            args.InsertRange(0, ["-b", "2048"]);
        }

        Check("ssh-keygen", [.. args]);
        return path;
    }

    /// <summary>The SHA-256 fingerprint ssh-keygen prints for a public key file.</summary>
    public static string Fingerprint(string publicKeyPath) => Check("ssh-keygen", "-l", "-E", "sha256", "-f", publicKeyPath).Split(' ')[1];
}
