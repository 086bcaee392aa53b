using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests;

/// <summary>
/// Every command over every example inventory (inventory/examples/*, the bad ones included) and every
/// output format it accepts ends in a documented exit code, never in a stack trace or an internal error.
/// Runs that would contact devices are aimed at the demo lab (loopback); devices it does not simulate are
/// left out, so nothing but loopback is ever contacted.
/// </summary>
public sealed class CommandMatrixTests : IAsyncLifetime
{
    private static readonly string[] Formats = ["table", "json", "markdown"];
    private DemoLab? lab;

    public static TheoryData<string> Inventories()
    {
        var examples = Path.Combine(CliRun.Root, "inventory", "examples");
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(examples).Where(d => Path.GetFileName(d) != "bad")
            .Concat(Directory.GetDirectories(Path.Combine(examples, "bad"))).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(examples, directory));
        }

        return data;
    }

    public async Task InitializeAsync() => lab = await DemoLab.StartAsync(118);

    public async Task DisposeAsync()
    {
        if (lab is not null)
        {
            await lab.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Inventories))]
    public async Task EveryCommandAndFormat_OverTheInventory_EndsInADocumentedCode(string name)
    {
        var inventory = Path.Combine(CliRun.Root, "inventory", "examples", name);
        var problems = new List<string>();
        foreach (var args in Invocations(inventory, lab!.MapPath))
        {
            var result = await CliRun.RunAsync(DemoLab.Environment, args);
            var text = result.Output + result.Error;
            if (result.ExitCode is < ExitCodes.Ok or > ExitCodes.Declined || text.Contains("   at ", StringComparison.Ordinal)
                || text.Contains("Unhandled exception", StringComparison.Ordinal) || text.Contains("failed unexpectedly", StringComparison.Ordinal))
            {
                problems.Add($"provisioner {string.Join(' ', args)} -> {result.ExitCode}: {result.Error}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task CommandsWithoutInventory_EveryFormat_EndInADocumentedCode()
    {
        var problems = new List<string>();
        string[][] invocations =
        [
            .. Formats.Select(f => new[] { "drivers", "-o", f }),
            .. new[] { "table", "json" }.Select(f => new[] { "snmp", "probe", "-c", "public", "-t", "0.2", "-r", "0", "127.0.0.1:9", "-o", f }),
            ["snmp", "get", "-c", "public", "-t", "0.2", "-r", "0", "127.0.0.1:9", "1.3.6.1.2.1.1.1.0"],
            ["snmp", "walk", "-c", "public", "-t", "0.2", "-r", "0", "127.0.0.1:9"],
            ["snmp", "set", "-c", "public", "-t", "0.2", "-r", "0", "127.0.0.1:9", "1.3.6.1.2.1.1.5.0", "s", "x"],
            ["discover", "--range", "127.0.0.1/32", "--community", "env:NOT_SET_ANYWHERE", "--timeout", "0.2"],
            ["--version"],
            ["--help"],
        ];
        foreach (var args in invocations)
        {
            var result = await CliRun.RunAsync(args);
            if (result.ExitCode is < ExitCodes.Ok or > ExitCodes.Declined || (result.Output + result.Error).Contains("   at ", StringComparison.Ordinal))
            {
                problems.Add($"provisioner {string.Join(' ', args)} -> {result.ExitCode}: {result.Error}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string[]> Invocations(string inventory, string labMap)
    {
        foreach (var format in Formats)
        {
            yield return ["lint", inventory, "-o", format];
            yield return ["render", inventory, "-o", format];
            yield return ["mail", "check", inventory, "-o", format];
            yield return ["plan", inventory, "--lab", labMap, "-o", format];
            yield return ["diff", inventory, "--lab", labMap, "-o", format];
            yield return ["apply", inventory, "--lab", labMap, "--yes", "-o", format];
            yield return ["trust", inventory, "--lab", labMap, "--yes", "-o", format];
            yield return ["test", inventory, "--lab", labMap, "--timeout", "1", "-o", format];
        }

        yield return ["test", inventory, "--lab", labMap, "--timeout", "1", "-o", "junit"];

        foreach (var target in new[] { "exchange", "postfix", "dns" })
        {
            yield return ["mail", "render", inventory, "--target", target];
        }

        yield return ["lab", "status", inventory];
        yield return ["apply", inventory, "--lab", labMap];
    }
}
