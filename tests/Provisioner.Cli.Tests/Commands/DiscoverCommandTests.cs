using Provisioner.Inventory.Skeleton;
using Provisioner.Cli.Tests.Snmp;

namespace Provisioner.Cli.Tests.Commands;

public sealed class DiscoverCommandTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["LAB_COMMUNITY"] = MixedLoopbackLab.Community };

    private static async Task<(int Exit, string Skeleton, string Console, MixedLoopbackLab Lab, string File)> DiscoverAsync()
    {
        var lab = await MixedLoopbackLab.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"discovered-{Guid.NewGuid():N}.yaml");
        var (exit, output, error) = await CliRun.RunAsync(Environment, "discover", "--range", lab.Range, "--community", "env:LAB_COMMUNITY", "--port", lab.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--timeout", "0.4", "--parallel", "4", "--site", "lab", "--out", file);
        return (exit, File.Exists(file) ? await File.ReadAllTextAsync(file) : string.Empty, output + error, lab, file);
    }

    [Fact]
    public async Task Discover_MixedLoopbackLab_IdentifiesLabModelsAndMarksTheUnknownBox()
    {
        var (exit, skeleton, console, lab, file) = await DiscoverAsync();
        await using var _ = lab;
        try
        {
            Assert.True(exit == 0, console);
            foreach (var (address, driver, name) in lab.Models)
            {
                Assert.Contains($"- name: {name}", skeleton, StringComparison.Ordinal);
                Assert.Contains($"driver: {driver}", skeleton, StringComparison.Ordinal);
                Assert.Contains($"address: {address}", skeleton, StringComparison.Ordinal);
            }

            Assert.Contains("kind: dc-power", skeleton, StringComparison.Ordinal);
            Assert.Contains($"- name: {MixedLoopbackLab.NetSnmpName}", skeleton, StringComparison.Ordinal);
            Assert.Contains("no driver recognises sysObjectID 1.3.6.1.4.1.8072.3.2.10", skeleton, StringComparison.Ordinal);
            Assert.Contains($"driver: {InventorySkeletonWriter.Marker}", skeleton, StringComparison.Ordinal);
            Assert.DoesNotContain($"address: {lab.SilentAddress}\n", skeleton, StringComparison.Ordinal);
            Assert.Contains("community: env:LAB_COMMUNITY", skeleton, StringComparison.Ordinal);
            Assert.DoesNotContain(MixedLoopbackLab.Community, skeleton, StringComparison.Ordinal);
            Assert.Contains($"{lab.Models.Count + 1} of 14 addresses answered", console.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Discover_Skeleton_FailsLintUntilFilledThenPasses()
    {
        var (exit, skeleton, console, lab, file) = await DiscoverAsync();
        await using var _ = lab;
        try
        {
            Assert.True(exit == 0, console);
            var unfilled = await CliRun.RunAsync("lint", file);
            Assert.Equal(3, unfilled.ExitCode);

            await File.WriteAllTextAsync(file, OneGroupForPower(Fill(skeleton)));
            var filled = await CliRun.RunAsync("lint", file);

            Assert.True(filled.ExitCode == 0, filled.Out + filled.Error + "\n" + Fill(skeleton));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Discover_WithInventoryCredentials_WritesASiteFileThatTheInventoryLintsWithOnceFilled()
    {
        await using var lab = await MixedLoopbackLab.StartAsync();
        var directory = Directory.CreateTempSubdirectory("provisioner-discover-").FullName;
        var minimal = Path.Combine(Support.CliRun.Minimal, "inventory.yaml");
        File.Copy(minimal, Path.Combine(directory, "inventory.yaml"));
        var site = Path.Combine(directory, "discovered.yaml");
        var environment = new Dictionary<string, string> { ["FABRIKAM_COMMUNITY"] = MixedLoopbackLab.Community };
        try
        {
            var (exit, output, error) = await CliRun.RunAsync(environment, "discover", "--range", lab.Range, "--credentials", "snmp-main", "--inventory", directory, "--port", lab.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--timeout", "0.4", "--site", "lab", "--out", site);
            Assert.True(exit == 0, output + error);
            var skeleton = await File.ReadAllTextAsync(site);
            Assert.StartsWith("# Inventory skeleton", skeleton, StringComparison.Ordinal);
            Assert.DoesNotContain("organisation:", skeleton, StringComparison.Ordinal);
            Assert.Contains("credentials: snmp-main", skeleton, StringComparison.Ordinal);

            Assert.Contains($"also add {lab.Range} to relay.allowed_ranges", skeleton, StringComparison.Ordinal);
            await File.WriteAllTextAsync(site, Fill(skeleton));
            var lint = await CliRun.RunAsync("lint", directory);
            Assert.Equal(3, lint.ExitCode);
            Assert.Contains("outside the relay's allowed ranges", lint.Out + lint.Error, StringComparison.Ordinal);

            // What the skeleton's first comment asks for: the ranges for the relay, a route for every category it uses.
            var inventory = Path.Combine(directory, "inventory.yaml");
            var text = (await File.ReadAllTextAsync(inventory)).Replace("allowed_ranges: [10.20.0.0/16]", $"allowed_ranges: [10.20.0.0/16, {lab.Range}]", StringComparison.Ordinal);
            if (skeleton.Contains("category: environment", StringComparison.Ordinal))
            {
                text = text.Replace("categories:\n", "categories:\n  environment: [alerts, alerts-critical]\n", StringComparison.Ordinal);
            }

            await File.WriteAllTextAsync(inventory, OneGroupForPower(text));
            lint = await CliRun.RunAsync("lint", directory);

            Assert.True(lint.ExitCode == 0, lint.Out + lint.Error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("10.0.0.0/8", "at most a /16")]
    [InlineData("10.0.0.0/33", "not an IPv4 CIDR range")]
    [InlineData("fe80::/64", "not an IPv4 CIDR range")]
    [InlineData("010.0.0.0/24", "leading zeros")]
    [InlineData("127.0.0.0/024", "not an IPv4 CIDR range")]
    [InlineData("0x7f.0.0.1", "not an IPv4 address of four decimal parts")]
    public async Task Discover_BadRange_IsUsageErrorSayingWhy(string range, string expected)
    {
        var (exit, output, error) = await CliRun.RunAsync(Environment, "discover", "--range", range, "--community", "env:LAB_COMMUNITY");

        Assert.Equal(4, exit);
        Assert.Contains(expected, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_InlineCommunity_IsRefused()
    {
        var (exit, output, error) = await CliRun.RunAsync("discover", "--range", "127.0.0.1/32", "--community", "public");

        Assert.Equal(4, exit);
        Assert.Contains("never the secret itself", output + error, StringComparison.Ordinal);
    }

    /// <summary>Fills every marker the way a person would, from the comment on its line.</summary>
    /// <summary>What a person does about PV022 for the lab's one-slot Pulizzi monitored ePDU: power alerts go to the one critical group.</summary>
    private static string OneGroupForPower(string inventory)
    {
        Assert.Contains("power: [alerts-power, alerts-critical]", inventory, StringComparison.Ordinal);
        return inventory.Replace("power: [alerts-power, alerts-critical]", "power: [alerts-critical]", StringComparison.Ordinal);
    }

    private static string Fill(string skeleton) => string.Join('\n', skeleton.Split('\n').Select(line =>
    {
        if (!line.Contains(InventorySkeletonWriter.Marker, StringComparison.Ordinal) || line.TrimStart().StartsWith('#'))
        {
            return line;
        }

        var key = line.Trim().Split(':')[0].TrimStart('-', ' ');
        var value = key switch
        {
            "name" => "Lab Org",
            "domain" => "contoso.com",
            "shared_mailbox" => "administrator@contoso.com",
            "address" => "10.6.0.25",
            "members" => "[administrator@contoso.com, it@contoso.com]",
            "external" => "[5555550100@sms.example.net]",
            "kind" => "ups",
            "category" => "critical",
            "driver" => "tripplite.poweralert",
            _ => throw new InvalidOperationException($"Unexpected marker on line '{line}'."),
        };
        var indent = line[..(line.Length - line.TrimStart().Length)];
        return $"{indent}{key}: {value}";
    }));
}
