using Provisioner.Abstractions;

namespace Provisioner.Inventory.Loading;

/// <summary>What one inventory file contributes; fragments of all files are merged by <see cref="Resolution.FragmentMerger"/>.</summary>
internal sealed class InventoryFragment
{
    /// <summary>The top-level sections this file writes, with where each starts (even when its content had errors).</summary>
    public Dictionary<string, SourceLocation> Sections { get; } = new(StringComparer.Ordinal);

    public Organisation? Organisation { get; set; }

    public Relay? Relay { get; set; }

    public NotificationDefaults? Defaults { get; set; }

    public List<DistributionGroup> Groups { get; } = [];

    public List<CategoryRoute> Categories { get; } = [];

    public List<CredentialDraft> Credentials { get; } = [];

    public IReadOnlyDictionary<string, int>? DriverSessionLimits { get; set; }

    public Verification? Verification { get; set; }

    public List<SiteDraft> Sites { get; } = [];
}
