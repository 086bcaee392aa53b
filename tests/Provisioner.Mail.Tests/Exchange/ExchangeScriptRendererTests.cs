using System.Management.Automation.Language;
using Microsoft.Extensions.Time.Testing;

namespace Provisioner.Mail.Tests;

public sealed class ExchangeScriptRendererTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero));

    private static string Render(MailSide side) => Assert.Single(new ExchangeScriptRenderer(Clock).Render(side)).Content;

    [Fact]
    public void Render_SampleSide_ParsesWithoutErrors()
    {
        PowerShellSyntax.ParseOrFail(Render(SampleMailSide.Create()), ExchangeScriptRenderer.FileName);
    }

    [Fact]
    public void Render_SampleSide_DeclaresShouldProcessAndTheDocumentedParameters()
    {
        var ast = PowerShellSyntax.ParseOrFail(Render(SampleMailSide.Create()), ExchangeScriptRenderer.FileName);

        var binding = Assert.Single(ast.ParamBlock!.Attributes, a => a.TypeName.Name == "CmdletBinding");
        Assert.Contains(binding.NamedArguments, n => n.ArgumentName == "SupportsShouldProcess");
        Assert.Equal(["ReceiveConnector", "OrganizationalUnit", "Prune", "BypassSecurityGroupManagerCheck"], ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath));
        var receive = ast.ParamBlock.Parameters[0];
        Assert.Equal("Relay", ((StringConstantExpressionAst)receive.DefaultValue!).Value);
    }

    [Fact]
    public void Render_SampleSide_StartsWithHeaderNamingInventoryCommitAndTime()
    {
        var lines = Render(SampleMailSide.Create()).Split('\n');

        Assert.StartsWith("# Exchange Management Shell script", lines[0], StringComparison.Ordinal);
        Assert.Contains("# Inventory: inventory/test", lines);
        Assert.Contains("# Commit:    0123456789abcdef0123456789abcdef01234567", lines);
        Assert.Contains("# Rendered:  2026-11-30T09:15:00Z", lines);
    }

    [Fact]
    public void Render_DirtyInventory_SaysSoInHeader()
    {
        var side = SampleMailSide.Create() with { Origin = new InventoryOrigin("inv", "abc", true) };

        Assert.Contains("# Commit:    abc (uncommitted changes)", Render(side).Split('\n'));
    }

    [Theory]
    [InlineData("Get-ReceiveConnector")]
    [InlineData("Set-ReceiveConnector")]
    [InlineData("New-MailContact")]
    [InlineData("Set-MailContact")]
    [InlineData("New-DistributionGroup")]
    [InlineData("Set-DistributionGroup")]
    [InlineData("Add-DistributionGroupMember")]
    [InlineData("Remove-DistributionGroupMember")]
    public void Render_SampleSide_CallsAndNamesEachGuidelineCmdlet(string cmdlet)
    {
        var ast = PowerShellSyntax.ParseOrFail(Render(SampleMailSide.Create()), ExchangeScriptRenderer.FileName);

        var calls = ast.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>().Select(c => c.GetCommandName());
        Assert.Contains(cmdlet, calls);
        Assert.Contains("# Cmdlets: " , ast.Extent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileNames_StayStringLiterals()
    {
        var side = SampleMailSide.Create() with
        {
            Groups = [new MailGroup { Name = "o'brien", Address = "o'brien@contoso.com", Members = ["a$(Remove-Item /)@contoso.com", "b’x@contoso.com"] }],
        };

        var ast = PowerShellSyntax.ParseOrFail(Render(side), ExchangeScriptRenderer.FileName);

        var strings = ast.FindAll(a => a is StringConstantExpressionAst, true).Cast<StringConstantExpressionAst>().Select(s => s.Value).ToList();
        Assert.Contains("o'brien@contoso.com", strings);
        Assert.Contains("a$(Remove-Item /)@contoso.com", strings);
        Assert.Contains("b’x@contoso.com", strings);
        Assert.DoesNotContain(ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>(), c => c.GetCommandName() == "Remove-Item");
    }

    [Theory]
    [InlineData("10.6.0.0/16", "10.6.0.0/16")]
    [InlineData("10.6.0.5/32", "10.6.0.5")]
    [InlineData("fd00:6::/64", "fd00:6::/64")]
    [InlineData("fd00:6::5/128", "fd00:6::5")]
    public void ExchangeRange_Range_WrittenAsExchangeShowsIt(string range, string expected)
    {
        Assert.Equal(expected, ExchangeScriptRenderer.ExchangeRange(System.Net.IPNetwork.Parse(range)));
    }
}
