using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>The static description of the <c>eaton.sc200</c> driver.</summary>
public static class Sc200Descriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "eaton.sc200";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "Eaton",
        Models = ["SC200"],
        FirmwareRange = "RPS-SC200-MIB 201205220136Z (software 4.04 seen)",
        Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
        DefaultPort = SnmpTargetBuilder.DefaultPort,
        Recipients = RecipientModel.FixedSlots(Sc200Model.ReceiverRows, perRecipientSeverity: true),
        Sender = new SenderModel(SenderModelKind.FullAddress, Sc200Model.MaxAddressLength),
        Hints = new InventoryHints("dc-power", "power"),
        MaxParallelSessions = null,
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = SnmpIdentityRule.Create(Oids.Sc200Product, Sc200Model.SysDescrPattern),
        Description = "Eaton SC200 DC-power controller over SNMP (RPS-SC200-MIB email group).",
        Settings = [.. Sc200Settings.All.Select(s => s.Descriptor)],
    };
}
