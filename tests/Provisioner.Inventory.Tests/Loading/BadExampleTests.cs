using Provisioner.Abstractions;
using Provisioner.Inventory.Policy;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

/// <summary>Golden cases: every folder of inventory/examples/bad reports exactly the diagnostics in its expected.txt.</summary>
public sealed class BadExampleTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Examples.Bad).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LoadAndLint_BadCase_ReportsExactlyTheExpectedDiagnostics(string name)
    {
        var directory = Path.Combine(Examples.Bad, name);
        var expected = File.ReadAllLines(Path.Combine(directory, "expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = (await LintAsync(directory))
            .Select(d => $"{d.Code} {Path.GetRelativePath(directory, d.Source!.File).Replace('\\', '/')}:{d.Source.Line}:{d.Source.Column}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LoadAndLint_BadCase_EveryDiagnosticHasALocationAndAFix(string name)
    {
        foreach (var diagnostic in await LintAsync(Path.Combine(Examples.Bad, name)))
        {
            Assert.NotNull(diagnostic.Source);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Detail), diagnostic.ToString());
        }
    }

    [Fact]
    public void Cases_EveryRule_HasABadExample()
    {
        var folders = Directory.GetDirectories(Examples.Bad).Select(Path.GetFileName).ToList();
        foreach (var rule in GuidelinePolicy.Rules)
        {
            Assert.Contains(folders, f => f!.StartsWith(rule.Descriptor.Id + "-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cases_EveryLoaderCode_HasABadExample()
    {
        var expected = Directory.GetFiles(Examples.Bad, "expected.txt", SearchOption.AllDirectories).SelectMany(File.ReadAllLines).ToList();
        var codes = typeof(InventoryDiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!)
            .Except([InventoryDiagnosticCodes.NotFound, InventoryDiagnosticCodes.Unreadable]);
        foreach (var code in codes)
        {
            Assert.Contains(expected, line => line.StartsWith(code + " ", StringComparison.Ordinal));
        }
    }

    private static async Task<List<Diagnostic>> LintAsync(string directory)
    {
        var result = await InventoryLoader.LoadAsync(directory, CancellationToken.None);
        var diagnostics = result.Diagnostics.ToList();
        if (result.Inventory is { } inventory)
        {
            // As lint does: rules that check secret values resolve them (here only file: references do).
            diagnostics.AddRange(GuidelinePolicy.Evaluate(inventory, new ReferenceSecretResolver(_ => null)));
        }

        return diagnostics;
    }
}
