using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;

namespace Provisioner.Inventory.Resolution;

/// <summary>The fragments of every file merged into one, before resolution.</summary>
internal sealed class MergedInventory
{
    public Organisation? Organisation { get; set; }

    public Relay? Relay { get; set; }

    public NotificationDefaults? Defaults { get; set; }

    public List<DistributionGroup> Groups { get; } = [];

    public List<CategoryRoute> Categories { get; } = [];

    public Dictionary<string, CredentialDraft> Credentials { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int>? DriverSessionLimits { get; set; }

    public Verification? Verification { get; set; }

    public List<SiteDraft> Sites { get; } = [];

    /// <summary>Where each top-level section was first written.</summary>
    public Dictionary<string, SourceLocation> Sections { get; } = new(StringComparer.Ordinal);
}
