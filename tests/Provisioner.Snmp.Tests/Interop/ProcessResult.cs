namespace Provisioner.Snmp.Tests.Interop;

/// <summary>What a finished net-snmp command-line tool printed and returned.</summary>
/// <param name="CommandLine">The command as run, for failure messages (holds only test pass phrases).</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr.</param>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>True when the tool exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>A one-paragraph description for assertion messages.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited {ExitCode}; stdout: {StandardOutput.Trim()}; stderr: {StandardError.Trim()}";
}
