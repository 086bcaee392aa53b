using Microsoft.Extensions.Time.Testing;

namespace Provisioner.Mail.Tests;

/// <summary>The contoso example renders for every target; the rendered files are golden files under Golden/contoso.</summary>
public sealed class ContosoRenderTests : IDisposable
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    public static TheoryData<MailTarget, string> Files() => new()
    {
        { MailTarget.Exchange, ExchangeScriptRenderer.FileName },
        { MailTarget.Postfix, PostfixRenderer.MapFileName },
        { MailTarget.Postfix, PostfixRenderer.ScriptFileName },
        { MailTarget.Dns, DnsRenderer.ZoneFileName },
        { MailTarget.Dns, DnsRenderer.ScriptFileName },
    };

    private static string Render(MailTarget target, string name) =>
        Assert.Single(MailRenderers.For(target, Clock).Render(ContosoMailSide.Create()), f => f.Name == name).Content;

    [Theory]
    [MemberData(nameof(Files))]
    public void Render_Contoso_MatchesGoldenFile(MailTarget target, string name)
    {
        GoldenFile.AssertMatches(Render(target, name), "contoso", name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Render_Contoso_HeaderNamesInventoryCommitAndTime(MailTarget target, string name)
    {
        var head = string.Join('\n', Render(target, name).Split('\n').Take(7));

        Assert.Contains("Inventory: inventory/examples/contoso", head, StringComparison.Ordinal);
        Assert.Contains("Commit:    c0ffee0000000000000000000000000000c0ffee", head, StringComparison.Ordinal);
        Assert.Contains("Rendered:  2026-11-30T12:00:00Z", head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailTarget.Exchange, ExchangeScriptRenderer.FileName)]
    [InlineData(MailTarget.Dns, DnsRenderer.ScriptFileName)]
    public void Render_ContosoPowerShell_ParsesWithoutErrors(MailTarget target, string name)
    {
        PowerShellSyntax.ParseOrFail(Render(target, name), name);
    }

    [Fact]
    public async Task Render_ContosoZone_AcceptedByNamedCheckzone()
    {
        var fragment = directory.Write(DnsRenderer.ZoneFileName, Render(MailTarget.Dns, DnsRenderer.ZoneFileName));
        var zone = directory.Write("contoso.com.zone", $"$TTL 3600\n@ IN SOA ns1.contoso.com. hostmaster.contoso.com. ( 1 3600 600 1209600 3600 )\n  IN NS ns1.contoso.com.\nns1 IN A 127.0.0.53\n$INCLUDE {fragment}\n");

        var result = await ExternalProcess.RunAsync(ExternalProcess.Require("named-checkzone"), ["contoso.com", zone]);

        Assert.True(result.ExitCode == 0, result.Text);
    }

    [Fact]
    public async Task Render_ContosoPostfixMap_AcceptedByPostmap()
    {
        var map = directory.Write(PostfixRenderer.MapFileName, Render(MailTarget.Postfix, PostfixRenderer.MapFileName));
        directory.Write("main.cf", "compatibility_level = 3.6\n");
        directory.Write("master.cf", string.Empty);

        var compile = await ExternalProcess.RunAsync(ExternalProcess.Require("postmap"), ["-c", directory.Path, "hash:" + map]);
        var query = await ExternalProcess.RunAsync(ExternalProcess.Require("postmap"), ["-c", directory.Path, "-q", "alerts-newyork-critical@contoso.com", "hash:" + map]);

        Assert.True(compile.ExitCode == 0, compile.Text);
        Assert.Equal("administrator@contoso.com, ny-it-manager@contoso.com, 2125550147@vtext.com", query.Output.Trim());
    }
}
