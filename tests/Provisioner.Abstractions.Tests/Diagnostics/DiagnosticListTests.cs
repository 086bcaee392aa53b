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

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(40)]
    public void Add_ManyWithDuplicates_KeepsEachOnceInFirstOrder(int distinct)
    {
        var list = new DiagnosticList();
        var all = Enumerable.Range(0, distinct).Select(i => Diagnostic.Warning("w." + i, "Careful " + i)).ToList();

        foreach (var d in all.Concat(all).Concat(all.AsEnumerable().Reverse()))
        {
            list.Add(d with { });
        }

        Assert.Equal(all, list);
        Assert.Equal(distinct, list.Count);
        Assert.Equal(all[^1], list[distinct - 1]);
    }

    [Fact]
    public void Empty_EnumeratesNothingAndHasNoErrors()
    {
        var list = new DiagnosticList();

        Assert.Empty(list);
        Assert.False(list.HasErrors);
        Assert.Empty(list.Errors);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);
        list.AddRange(new DiagnosticList());
        Assert.Empty(list);
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
