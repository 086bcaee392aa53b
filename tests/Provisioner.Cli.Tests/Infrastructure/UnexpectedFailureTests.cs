using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests;

/// <summary>A failure no command handles: exit 1, one line on standard error, the details only in the log.</summary>
public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task Failure_WithoutVerbose_IsOneLineWithoutStackTrace()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = await CliRun.RunAsync("mail", "render", CliRun.Contoso, "--target", "postfix", "--out", file);

            Assert.Equal(ExitCodes.Failure, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: provisioner mail render: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Failure_WithVerboseAndLogFile_LogsTheException()
    {
        var file = Path.GetTempFileName();
        var log = Path.Combine(Path.GetTempPath(), $"provisioner-log-{Guid.NewGuid():N}.json");
        try
        {
            var result = await CliRun.RunAsync("mail", "render", CliRun.Contoso, "--target", "postfix", "--out", file, "-v", "--log-file", log);

            Assert.Equal(ExitCodes.Failure, result.ExitCode);
            Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
            var logged = await File.ReadAllTextAsync(log);
            Assert.Contains("Unexpected failure of {Command}", logged, StringComparison.Ordinal);
            Assert.Contains("\"@x\":\"System.IO.IOException", logged, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            File.Delete(log);
        }
    }
}
