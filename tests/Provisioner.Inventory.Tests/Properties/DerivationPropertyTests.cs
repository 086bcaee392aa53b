using CsCheck;
using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Properties;

/// <summary>Properties of derivation over random valid inventories.</summary>
public sealed class DerivationPropertyTests
{
    [Fact]
    public void Load_SameText_DerivesTheSameDesiredStateAndProvenance() =>
        InventoryGen.Spec.Sample(spec =>
        {
            var yaml = InventoryGen.Yaml(spec);
            var first = Examples.LoadText(yaml);
            var second = Examples.LoadText(yaml);

            Assert.Empty(first.Diagnostics);
            Assert.Equal(first.Inventory!.Devices.Select(d => d.Desired), second.Inventory!.Devices.Select(d => d.Desired));
            Assert.Equal(first.Inventory.Devices.Select(d => d.Provenance), second.Inventory.Devices.Select(d => d.Provenance));
        }, iter: 200);

    [Fact]
    public void Load_RandomInventory_FollowsTheGuidelineDerivation() =>
        InventoryGen.Spec.Sample(spec =>
        {
            var inventory = Examples.LoadText(InventoryGen.Yaml(spec)).Inventory!;

            for (var s = 0; s < spec.Sites.Length; s++)
            {
                var site = spec.Sites[s];
                var devices = inventory.Sites[s].Devices;
                for (var d = 0; d < site.Devices.Length; d++)
                {
                    var written = site.Devices[d];
                    var desired = devices[d].Desired;
                    var severity = written.Severity ?? site.Severity ?? spec.OrgSeverity;
                    Assert.Equal(InventoryNames.Severities[severity], desired.MinimumSeverity);
                    Assert.Equal(written.Enabled ?? true, desired.Enabled);
                    Assert.Equal($"dev-{s}-{d}@gen.example", desired.FromAddress);
                    var expected = new[] { $"alerts-{written.Category}", "alerts-critical" }
                        .Distinct()
                        .Select(g => site.SeparateStaff ? GroupNaming.SiteQualified(g, $"site{s}") : g)
                        .Select(g => new Recipient($"{g}@gen.example"));
                    Assert.Equal(expected, desired.Recipients);
                }
            }
        }, iter: 200);

    [Fact]
    public void Load_FilesInAnyOrder_DeriveTheSameDesiredState() =>
        InventoryGen.Spec.Sample(spec =>
        {
            var yaml = InventoryGen.Yaml(spec);
            var sitesAt = yaml.IndexOf("sites:", StringComparison.Ordinal);
            var forward = InventoryLoader.LoadFromText([new("a.yaml", yaml[..sitesAt]), new("b.yaml", yaml[sitesAt..])]);
            var backward = InventoryLoader.LoadFromText([new("b.yaml", yaml[sitesAt..]), new("a.yaml", yaml[..sitesAt])]);

            Assert.Equal(forward.Inventory!.Devices.Select(d => d.Desired), backward.Inventory!.Devices.Select(d => d.Desired));
        }, iter: 100);
}
