using System.Diagnostics;

namespace Provisioner.Lab.Ssh;

/// <summary>
/// Finds and runs the OpenSSH programs the lab's SSH devices need (<c>sshd</c>, <c>ssh-keygen</c>) and the
/// interpreter of the device CLI emulators (<c>python3</c>), and says in one sentence what is missing.
/// </summary>
public static class OpenSshTools
{
    /// <summary>Where Debian, Ubuntu, Fedora and Alpine install the OpenSSH server.</summary>
    public const string DefaultSshdPath = "/usr/sbin/sshd";

    /// <summary>Whether sshd can give sessions a pseudo-terminal: only when run by root (otherwise it cannot chown the tty and drops the connection).</summary>
    public static bool PtyAvailable { get; } = Environment.UserName == "root";

    /// <summary>The login name lab sshd instances accept: the current user (sshd logs in OS accounts only).</summary>
    public static string User { get; } = Environment.UserName;

    /// <summary>Returns the full path of <paramref name="program"/> on <c>PATH</c>, or null.</summary>
    /// <param name="program">A program name, e.g. <c>python3</c>.</param>
    /// <returns>The path, or null when no folder on <c>PATH</c> has it.</returns>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Why the lab cannot run SSH devices on this machine (one sentence), or null when it can: <paramref name="sshdPath"/>,
    /// <c>ssh-keygen</c> and <c>python3</c> exist, and, when <paramref name="terminal"/>, the process runs as root.
    /// </summary>
    /// <param name="sshdPath">The sshd program to use.</param>
    /// <param name="terminal">Whether clients will ask for a terminal (the product's SSH drivers do), which sshd gives only when run by root.</param>
    /// <returns>The reason, or null.</returns>
    public static string? Problem(string sshdPath, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(sshdPath);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return "the lab runs OpenSSH sshd on Linux, macOS and FreeBSD only";
        }

        if (!File.Exists(sshdPath))
        {
            return $"no OpenSSH server at {sshdPath} (install openssh-server)";
        }

        if (FindOnPath("ssh-keygen") is null)
        {
            return "ssh-keygen is not on PATH (install openssh-client)";
        }

        if (FindOnPath("python3") is null)
        {
            return "python3 is not on PATH (the device CLI emulators are Python scripts)";
        }

        return PtyAvailable || !terminal ? null : $"sshd started by '{User}' cannot give sessions the terminal device CLIs ask for; run the lab as root";
    }

    /// <summary>Makes a key pair with ssh-keygen and returns the private key's path (the public key is that path plus <c>.pub</c>).</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="name">The file name.</param>
    /// <param name="type">The key type, e.g. <c>ed25519</c> or <c>rsa</c> (2048 bits).</param>
    /// <param name="passphrase">The passphrase; empty for none.</param>
    /// <returns>The private key's path.</returns>
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

    /// <summary>The SHA-256 fingerprint of a public key file, as <c>ssh-keygen -l</c> prints it and <c>provisioner trust</c> records it (<c>SHA256:…</c>).</summary>
    /// <param name="publicKeyPath">The <c>.pub</c> file (<c>type base64 comment</c>).</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="FormatException">The file is not an OpenSSH public key.</exception>
    public static string Fingerprint(string publicKeyPath)
    {
        var fields = File.ReadAllText(publicKeyPath).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 2
            ? Provisioner.Abstractions.PeerFingerprint.OfSshHostKey(Convert.FromBase64String(fields[1]))
            : throw new FormatException($"{publicKeyPath} is not an OpenSSH public key.");
    }

    /// <summary>Runs a program with no input and returns its exit code and output; it must finish within a minute.</summary>
    /// <param name="file">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The exit code, standard output and standard error.</returns>
    /// <exception cref="TimeoutException">It ran for over a minute (and was killed).</exception>
    public static (int ExitCode, string Output, string Error) Run(string file, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
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
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within a minute");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a program like <see cref="Run"/> and returns its standard output; a non-zero exit throws with its standard error.</summary>
    /// <param name="file">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Standard output.</returns>
    /// <exception cref="InvalidOperationException">It exited non-zero.</exception>
    public static string Check(string file, params string[] arguments)
    {
        var (code, output, error) = Run(file, arguments);
        return code == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {code}: {error}");
    }
}
