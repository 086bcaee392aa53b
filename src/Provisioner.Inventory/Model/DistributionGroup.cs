namespace Provisioner.Inventory;

/// <summary>A distribution group that receives alerts, e.g. <c>alerts-power@contoso.com</c>.</summary>
public sealed record DistributionGroup
{
    /// <summary>The group's name and alias, its address's local part, e.g. <c>alerts-power</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The group address, <c>&lt;name&gt;@&lt;domain&gt;</c>.</summary>
    public required string Address { get; init; }

    /// <summary>The internal members (mailboxes), including the shared mailbox.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>External recipients such as SMS or pager gateways; the mail side creates contacts for them.</summary>
    public IReadOnlyList<string> External { get; init; } = [];

    /// <summary>Whether the group is hidden from address lists; true unless written otherwise.</summary>
    public bool Hidden { get; init; } = true;

    /// <summary>Where it and each key were written.</summary>
    public required SourceMap Sources { get; init; }
}
