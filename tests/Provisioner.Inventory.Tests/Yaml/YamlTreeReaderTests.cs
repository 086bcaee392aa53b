using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Tests.Yaml;

public sealed class YamlTreeReaderTests
{
    [Fact]
    public void Read_Mapping_KeepsOneBasedPositionsOfEveryNode()
    {
        var diagnostics = new DiagnosticList();

        var root = (MappingNode)YamlTreeReader.Read("f.yaml", "a: 1\nb:\n  - x\n  - { c: d }\n", diagnostics, InventoryYamlCodes.Value)!;

        Assert.Empty(diagnostics);
        Assert.Equal(new SourceLocation("f.yaml", 1, 1), root.Entries[0].Key.Start);
        Assert.Equal(new SourceLocation("f.yaml", 1, 4), root.Entries[0].Value.Start);
        var list = (SequenceNode)root.Entries[1].Value;
        Assert.Equal(new SourceLocation("f.yaml", 3, 5), list.Items[0].Start);
        Assert.Equal(new SourceLocation("f.yaml", 4, 7), ((MappingNode)list.Items[1]).Entries[0].Key.Start);
    }

    [Fact]
    public void Read_DuplicateKeys_ReportsEachAndKeepsTheFirst()
    {
        var diagnostics = new DiagnosticList();

        var root = (MappingNode)YamlTreeReader.Read("f.yaml", "a: 1\na: 2\nb: 3\na: 4\n", diagnostics, InventoryYamlCodes.Value)!;

        Assert.Equal(2, diagnostics.Count(d => d.Code == InventoryDiagnosticCodes.DuplicateKey));
        Assert.Equal("1", ((ScalarNode)root.Entries.Single(e => e.Key.Value == "a").Value).Value);
        Assert.Equal(new SourceLocation("f.yaml", 4, 1), diagnostics[1].Source);
    }

    [Fact]
    public void Read_Alias_ResolvesToTheAnchoredNode()
    {
        var diagnostics = new DiagnosticList();

        var root = (MappingNode)YamlTreeReader.Read("f.yaml", "a: &x [1, 2]\nb: *x\n", diagnostics, InventoryYamlCodes.Value)!;

        Assert.Empty(diagnostics);
        Assert.Same(root.Entries[0].Value, root.Entries[1].Value);
    }

    [Fact]
    public void Read_UndefinedAlias_ReportsSyntaxError()
    {
        var diagnostics = new DiagnosticList();

        Assert.Null(YamlTreeReader.Read("f.yaml", "a: *nowhere\n", diagnostics, InventoryYamlCodes.Value));
        Assert.Equal(InventoryDiagnosticCodes.Syntax, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void Read_EmptyDocument_ReportsEmptyFile(string text)
    {
        var diagnostics = new DiagnosticList();

        Assert.Null(YamlTreeReader.Read("f.yaml", text, diagnostics, InventoryYamlCodes.Value));
        Assert.Equal(InventoryDiagnosticCodes.EmptyFile, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_SecondDocument_ReportsSyntaxErrorAtItsStart()
    {
        var diagnostics = new DiagnosticList();

        Assert.NotNull(YamlTreeReader.Read("f.yaml", "a: 1\n---\nb: 2\n", diagnostics, InventoryYamlCodes.Value));
        Assert.Equal(new SourceLocation("f.yaml", 2, 1), Assert.Single(diagnostics).Source);
    }

    [Fact]
    public void Read_BadIndentation_ReportsSyntaxErrorWithPosition()
    {
        var diagnostics = new DiagnosticList();

        Assert.Null(YamlTreeReader.Read("f.yaml", "a:\n  b: 1\n c: 2\n", diagnostics, InventoryYamlCodes.Value));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(InventoryDiagnosticCodes.Syntax, diagnostic.Code);
        Assert.Equal(3, diagnostic.Source!.Line);
        Assert.DoesNotContain("(Line:", diagnostic.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedScalar_IsNotPlain()
    {
        var diagnostics = new DiagnosticList();

        var root = (MappingNode)YamlTreeReader.Read("f.yaml", "a: \"25\"\nb: 25\nc:\n", diagnostics, InventoryYamlCodes.Value)!;

        Assert.False(((ScalarNode)root.Entries[0].Value).IsPlain);
        Assert.True(((ScalarNode)root.Entries[1].Value).IsPlain);
        Assert.True(((ScalarNode)root.Entries[2].Value).IsNull);
    }
}
