using Provisioner.Snmp.Security;

namespace Provisioner.Lab.Hosting;

/// <summary>What the lab needs to simulate one inventory device.</summary>
/// <param name="Name">The inventory device name.</param>
/// <param name="Driver">The driver id, e.g. <c>eaton.sc200</c>; the lab needs a model for it.</param>
/// <param name="InventoryAddress">The real management address (recorded in the map, never contacted).</param>
public sealed record LabDeviceSpec(string Name, string Driver, string InventoryAddress)
{
    /// <summary>Read-write SNMPv1/v2c communities the simulated device accepts.</summary>
    public IReadOnlyList<string> Communities { get; init; } = [];

    /// <summary>SNMPv3 users the simulated device accepts (read-write).</summary>
    public IReadOnlyList<UsmUser> Users { get; init; } = [];

    /// <summary>Users a simulated HTTPS device accepts.</summary>
    public IReadOnlyList<LabHttpAccount> HttpAccounts { get; init; } = [];

    /// <summary>Returns the spec without secrets, for messages.</summary>
    public override string ToString() => $"{Name} ({Driver}, {InventoryAddress})";
}
