namespace Provisioner.Delivery.Tests.MailServers;

/// <summary>What an in-process <c>provisioner</c> run printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliResult(int ExitCode, string Output, string Error);
