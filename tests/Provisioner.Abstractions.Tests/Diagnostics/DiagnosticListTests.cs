using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Diagnostics;

public sealed class DiagnosticListTests
{
    [Fact]
    public void Add_Duplicate_IsDropped()
    {
        var list = new DiagnosticList();
        var d = Diagnostic.Error("x.y", "Broken", "Fix it.") with { Source = new SourceLocation("a.yaml", 1, 2) };

        Assert.True(list.Add(d));
        Assert.False(list.Add(d with { }));
        Assert.Single(list);
    }

    [Fact]
    public void HasErrors_OnlyWarnings_IsFalse()
    {
        var list = new DiagnosticList([Diagnostic.Warning("w", "Careful")]);

        Assert.False(list.HasErrors);
        Assert.Single(list.Warnings);
    }

    [Fact]
    public void ToString_WithSource_StartsWithFileLineColumn()
    {
        var d = Diagnostic.Error("inventory.unknownKey", "Unknown key 'relya'") with { Source = new SourceLocation("org.yaml", 4, 3) };

        Assert.StartsWith("org.yaml:4:3: error inventory.unknownKey:", d.ToString(), StringComparison.Ordinal);
    }
}
