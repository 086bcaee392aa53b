using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Tests;

/// <summary><c>provisioner mail render</c> and <c>provisioner mail check</c>, run in-process against the contoso example and variants of it.</summary>
public sealed class MailCommandTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("provisioner-mail-cli-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static string Contoso { get; } = FindContoso();

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliContext(output, error, _ => null, IsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Copies the contoso example into a temp directory and applies <paramref name="edit"/> to org.yaml.</summary>
    private string ContosoVariant(Func<string, string> edit)
    {
        var copy = Path.Combine(temp, "contoso");
        foreach (var file in Directory.GetFiles(Contoso, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Contoso, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var org = Path.Combine(copy, "org.yaml");
        var text = File.ReadAllText(org);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        File.WriteAllText(org, edited);
        return copy;
    }

    [Fact]
    public async Task Check_Contoso_ExitsZeroWithoutFindings()
    {
        var (exit, output, _) = await RunAsync("mail", "check", Contoso);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RangeRemoved_ExitsThreeNamingDeviceAndLocation()
    {
        var inventory = ContosoVariant(t => t.Replace("allowed_ranges: [10.6.0.0/16, 10.8.0.0/16]", "allowed_ranges: [10.6.0.0/16]", StringComparison.Ordinal));

        var (exit, output, _) = await RunAsync("mail", "check", inventory);

        Assert.Equal(ExitCodes.InventoryErrors, exit);
        Assert.Contains("detroit.yaml:", output, StringComparison.Ordinal);
        Assert.Contains("error mail.deviceOutsideRelayRanges: [UPS-DET-01] Device address 10.8.10.11 is outside every relay range", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WarningOnly_ExitsZeroAndThreeWithStrict()
    {
        var inventory = ContosoVariant(t => t.Replace("  hostname: mail01.contoso.com", string.Empty, StringComparison.Ordinal));

        var (exit, output, _) = await RunAsync("mail", "check", inventory);
        var (strictExit, _, _) = await RunAsync("mail", "check", inventory, "--strict");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("warning mail.relayHostnameMissing", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InventoryErrors, strictExit);
    }

    [Fact]
    public async Task Check_Json_IsParseableWithTheFindings()
    {
        var inventory = ContosoVariant(t => t.Replace("allowed_ranges: [10.6.0.0/16, 10.8.0.0/16]", "allowed_ranges: [10.6.0.0/16]", StringComparison.Ordinal));

        var (_, output, _) = await RunAsync("mail", "check", inventory, "-o", "json");

        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains("mail.deviceOutsideRelayRanges", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exchange", "exchange-mail.ps1")]
    [InlineData("postfix", "provisioner_virtual")]
    [InlineData("postfix", "apply-postfix.sh")]
    [InlineData("dns", "smtp-cname.zone")]
    [InlineData("dns", "smtp-cname.ps1")]
    public async Task Render_ContosoToDirectory_WritesFilesWithHeader(string target, string file)
    {
        var outDirectory = Path.Combine(temp, "out");

        var (exit, _, error) = await RunAsync("mail", "render", Contoso, "--target", target, "--out", outDirectory);

        Assert.Equal(ExitCodes.Ok, exit);
        var path = Path.Combine(outDirectory, file);
        Assert.Contains("wrote " + path, error, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("Inventory: " + Contoso, text, StringComparison.Ordinal);
        Assert.Contains("Rendered:  ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("env:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ExchangeToStandardOutput_PrintsTheScript()
    {
        var (exit, output, _) = await RunAsync("mail", "render", Contoso, "-t", "exchange");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("[CmdletBinding(SupportsShouldProcess = $true)]", output, StringComparison.Ordinal);
        Assert.Contains("'alerts-newyork-critical@contoso.com'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_DnsWithoutRelayHostname_ExitsThreeSayingWhatToAdd()
    {
        var inventory = ContosoVariant(t => t.Replace("  hostname: mail01.contoso.com", string.Empty, StringComparison.Ordinal));

        var (exit, output, error) = await RunAsync("mail", "render", inventory, "--target", "dns");

        Assert.Equal(ExitCodes.InventoryErrors, exit);
        Assert.Empty(output);
        Assert.Contains("Add 'hostname: <relay FQDN>' under relay", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownTarget_IsUsageError()
    {
        var (exit, _, _) = await RunAsync("mail", "render", Contoso, "--target", "sendmail");

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    [Fact]
    public async Task Render_BrokenInventory_ExitsThree()
    {
        var inventory = ContosoVariant(t => t.Replace("relay:", "relya:", StringComparison.Ordinal));

        var (exit, _, error) = await RunAsync("mail", "render", inventory, "--target", "postfix");

        Assert.Equal(ExitCodes.InventoryErrors, exit);
        Assert.Contains("org.yaml:", error, StringComparison.Ordinal);
    }

    private static string FindContoso()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "inventory", "examples", "contoso");
            if (File.Exists(Path.Combine(directory.FullName, "Provisioner.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("inventory/examples/contoso not found above " + AppContext.BaseDirectory);
    }
}
