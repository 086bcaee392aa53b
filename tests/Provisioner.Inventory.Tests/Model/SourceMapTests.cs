using Provisioner.Abstractions;

namespace Provisioner.Inventory.Tests.Model;

public sealed class SourceMapTests
{
    private static readonly SourceLocation Self = new("org.yaml", 6, 3);
    private static readonly SourceLocation Address = new("org.yaml", 7, 12);

    [Fact]
    public void Of_WrittenKey_ReturnsTheValuePosition() =>
        Assert.Equal(Address, new SourceMap(Self, new Dictionary<string, SourceLocation> { ["address"] = Address }).Of("address"));

    [Fact]
    public void Of_MissingKey_FallsBackToTheElement()
    {
        var map = new SourceMap(Self, new Dictionary<string, SourceLocation> { ["address"] = Address });

        Assert.Equal(Self, map.Of("port"));
        Assert.False(map.Has("port"));
        Assert.True(map.Has("address"));
    }
}
