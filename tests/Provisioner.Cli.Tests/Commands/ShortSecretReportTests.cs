using System.Text.Json;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>
/// Short secrets that are also ordinary words (a community <c>lab</c> that is the site id too, a community
/// <c>x</c>) must not corrupt the reports: secrets are kept out of reports structurally, not by a text pass.
/// </summary>
public sealed class ShortSecretReportTests
{
    [Fact]
    public async Task Plan_CommunityEqualToTheSiteId_ShowsTheSiteInJsonMarkdownAndTable()
    {
        var (json, markdown, table) = await PlanInEveryFormatAsync(community: "lab", site: "lab");

        using var report = JsonDocument.Parse(json);
        Assert.All(report.RootElement.GetProperty("devices").EnumerateArray(), d => Assert.Equal("lab", d.GetProperty("site").GetString()));
        Assert.Contains("| lab |", markdown, StringComparison.Ordinal);
        Assert.Contains(" lab ", table, StringComparison.Ordinal);
        Assert.DoesNotContain("\"site\": \"[redacted]\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_OneLetterCommunity_LeavesEveryWordWithThatLetterIntact()
    {
        var (json, markdown, table) = await PlanInEveryFormatAsync(community: "x", site: "demo");

        Assert.Contains("(exit code 2)", table, StringComparison.Ordinal);
        Assert.Contains("exit code 2", markdown, StringComparison.Ordinal);
        Assert.Equal(2, JsonDocument.Parse(json).RootElement.GetProperty("exit_code").GetInt32());
        Assert.All([json, markdown, table], s => Assert.DoesNotContain("e[redacted]it", s, StringComparison.Ordinal));
    }

    private static async Task<(string Json, string Markdown, string Table)> PlanInEveryFormatAsync(string community, string site)
    {
        using var inventory = new DemoCopy();
        var sites = Path.Combine(inventory.Directory, "sites", "demo.yaml");
        await File.WriteAllTextAsync(sites, (await File.ReadAllTextAsync(sites)).Replace("\n  demo:\n", $"\n  {site}:\n", StringComparison.Ordinal));
        var environment = new Dictionary<string, string>(DemoLab.Environment) { ["DEMO_SNMP_COMMUNITY"] = community };
        var map = Path.Combine(inventory.Directory, ".provisioner", "lab.json");
        var up = CliRun.RunAsync(environment, "lab", "up", inventory.Directory);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (!File.Exists(map) && !up.IsCompleted)
            {
                await Task.Delay(100, wait.Token);
            }
        }

        var json = await CliRun.RunAsync(environment, "plan", inventory.Directory, "--lab", map, "--output", "json");
        var markdown = await CliRun.RunAsync(environment, "plan", inventory.Directory, "--lab", map, "--output", "markdown");
        var table = await CliRun.RunAsync(environment, "plan", inventory.Directory, "--lab", map);
        await CliRun.RunAsync("lab", "down", inventory.Directory);
        var upResult = await up;

        Assert.True(upResult.ExitCode == 0, upResult.Output + upResult.Error);
        Assert.All([json, markdown, table], r => Assert.True(r.ExitCode == 2, r.Output + r.Error));
        return (json.Output, markdown.Output, table.Output);
    }
}
