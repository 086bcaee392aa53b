using Provisioner.Abstractions;
using Provisioner.Inventory.Policy;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Policy;

public sealed class GuidelinePolicyTests
{
    [Fact]
    public async Task Evaluate_Contoso_FindsNothing()
    {
        var inventory = (await InventoryLoader.LoadAsync(Examples.Contoso, CancellationToken.None)).Inventory!;

        Assert.Empty(GuidelinePolicy.Evaluate(inventory));
    }

    [Fact]
    public void Evaluate_Minimal_FindsNothing() =>
        Assert.Empty(GuidelinePolicy.Evaluate(Examples.LoadText(Examples.MinimalText).Inventory!));

    [Fact]
    public void Rules_Ids_AreUniqueSequentialAndStable()
    {
        var ids = GuidelinePolicy.Rules.Select(r => r.Descriptor.Id).ToList();

        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"PV{i:D3}"), ids);
        Assert.Equal(ids.Count, GuidelinePolicy.Rules.Select(r => r.Descriptor.Name).Distinct().Count());
    }

    [Fact]
    public void Rules_EveryRule_IsDocumentedWithAQuoteOfTheGuideline()
    {
        var docs = File.ReadAllText(Path.Combine(Examples.RepositoryRoot, "docs", "rules.md"));
        var guideline = Normalise(File.ReadAllText(Path.Combine(Examples.RepositoryRoot, "docs", "notification-guideline.txt")));
        foreach (var rule in GuidelinePolicy.Rules)
        {
            var heading = $"## {rule.Descriptor.Id} {rule.Descriptor.Name}";
            var start = docs.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/rules.md lacks '{heading}'");
            var end = docs.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            var section = docs[start..(end < 0 ? docs.Length : end)];
            Assert.Contains(rule.Descriptor.Severity.ToString().ToLowerInvariant(), section, StringComparison.Ordinal);
            var quotes = section.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => Normalise(l[2..])).ToList();
            Assert.NotEmpty(quotes);
            Assert.All(quotes, q => Assert.Contains(q, guideline, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Evaluate_RecipientIsAMember_SaysItIsAnIndividualMailbox()
    {
        var yaml = Examples.MinimalWith("address: 10.20.1.12 }", "address: 10.20.1.12,\n          overrides: { recipients: [alerts@fabrikam.com, it@fabrikam.com] } }");

        var finding = Assert.Single(GuidelinePolicy.Evaluate(Examples.LoadText(yaml).Inventory!));

        Assert.Equal("PV002", finding.Code);
        Assert.Equal("APP-01", finding.Device);
        Assert.Contains("individual mailbox", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DeviceOverrideRelayIsDnsName_ReportsPV001ForThatDevice()
    {
        var yaml = Examples.MinimalWith("address: 10.20.1.12 }", "address: 10.20.1.12,\n          overrides: { relay: { address: smtp.fabrikam.com } } }");

        var finding = Assert.Single(GuidelinePolicy.Evaluate(Examples.LoadText(yaml).Inventory!));

        Assert.Equal(("PV001", "APP-01", DiagnosticSeverity.Error), (finding.Code, finding.Device, finding.Severity));
    }

    [Fact]
    public void Evaluate_EmptyAllowedRanges_ReportsOnceAtTheRelay()
    {
        var yaml = Examples.MinimalWith("  allowed_ranges: [10.20.0.0/16]\n", string.Empty);

        var finding = Assert.Single(GuidelinePolicy.Evaluate(Examples.LoadText(yaml).Inventory!));

        Assert.Equal(("PV010", 7), (finding.Code, finding.Source!.Line));
    }

    [Fact]
    public void Evaluate_DeviceAddressIsHostName_SkipsRangeChecks()
    {
        var yaml = Examples.MinimalWith("address: 10.20.1.12 }", "address: app-01.fabrikam.com }");

        Assert.Empty(GuidelinePolicy.Evaluate(Examples.LoadText(yaml).Inventory!));
    }

    [Fact]
    public void Evaluate_EverySiteSeparateWithItsOwnAlertsGroup_NeedsNoBaseAlertsGroup()
    {
        var yaml = Examples.MinimalWith("    name: Main office\n", "    name: Main office\n    separate_staff: true\n")
            .Replace("  alerts:\n", "  alerts-main:\n", StringComparison.Ordinal)
            .Replace("  alerts-power:\n", "  alerts-main-power:\n", StringComparison.Ordinal)
            .Replace("  alerts-critical:\n", "  alerts-main-critical:\n", StringComparison.Ordinal);

        Assert.Empty(GuidelinePolicy.Evaluate(Examples.LoadText(yaml).Inventory!));
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace("*", string.Empty, StringComparison.Ordinal).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
