using Provisioner.Lab.Ssh;

namespace Provisioner.Cli.LabSupport;

/// <summary>Which OpenSSH server <c>lab up</c> and <c>demo</c> run the lab's SSH devices with.</summary>
internal static class LabSshd
{
    /// <summary>The environment variable naming another sshd program (e.g. one built from source, or a missing file to rehearse a machine without it).</summary>
    public const string Variable = "PROVISIONER_LAB_SSHD";

    /// <summary>The sshd program: <see cref="Variable"/> when set, else <see cref="OpenSshTools.DefaultSshdPath"/>.</summary>
    /// <param name="environment">The command's environment.</param>
    /// <returns>The path.</returns>
    public static string Path(Func<string, string?> environment) =>
        environment(Variable) is { Length: > 0 } path ? path : OpenSshTools.DefaultSshdPath;
}
