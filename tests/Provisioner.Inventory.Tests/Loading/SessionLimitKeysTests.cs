using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

/// <summary>The run's concurrency keys: <c>defaults.parallel</c> (organisation and site) and <c>drivers: { id: { parallel: N } }</c>.</summary>
public sealed class SessionLimitKeysTests
{
    [Fact]
    public void Load_ParallelKeys_ReachTheModel()
    {
        var text = Examples.MinimalWith("defaults:\n  minimum_severity: warning\n", "defaults:\n  minimum_severity: warning\n  parallel: 6\ndrivers:\n  eaton.sc200: { parallel: 2 }\n")
            .Replace("    credentials: snmp-main\n", "    credentials: snmp-main\n    defaults: { parallel: 3 }\n", StringComparison.Ordinal);

        var result = Examples.LoadText(text);

        Assert.Empty(result.Diagnostics);
        var model = result.Inventory!;
        Assert.Equal(6, model.Defaults.Parallel);
        Assert.Equal(3, Assert.Single(model.Sites).Defaults?.Parallel);
        Assert.Equal(new Dictionary<string, int> { ["eaton.sc200"] = 2 }, model.DriverSessionLimits);
    }

    [Fact]
    public void Load_NoParallelKeys_LeavesTheLimitsUnset()
    {
        var model = Examples.LoadText(Examples.MinimalText).Inventory!;

        Assert.Null(model.Defaults.Parallel);
        Assert.Empty(model.DriverSessionLimits);
    }

    [Theory]
    [InlineData("drivers:\n  eaton.sc200: { parallel: 0 }\n", "outside 1–1024")]
    [InlineData("drivers:\n  eaton.sc200: { paralel: 2 }\n", "paralel")]
    [InlineData("drivers:\n  eaton.sc200: 2\n", "drivers.eaton.sc200")]
    public void Load_BadDriverLimit_IsAnErrorWithLocation(string section, string expected)
    {
        var result = Examples.LoadText(Examples.MinimalText + section);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(expected, error.Summary + error.Detail, StringComparison.Ordinal);
        Assert.NotNull(error.Source);
    }

    [Fact]
    public void Load_DriversInTwoFiles_IsAnErrorNamingBoth()
    {
        var result = InventoryLoader.LoadFromText([new("a.yaml", Examples.MinimalText + "drivers:\n  eaton.sc200: { parallel: 2 }\n"), new("b.yaml", "drivers:\n  apc.netbotz: { parallel: 1 }\n")]);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Summary.Contains("'drivers'", StringComparison.Ordinal));
    }
}
