using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Sc300;

/// <summary>
/// The <c>eaton.sc300</c> driver: Eaton SC300 DC-power controllers over SNMP v2c or v3 (RPS-SC300-MIB email
/// group), on the SNMP kit with the SC200's session: 3 round trips per apply, snapshot, test mail.
/// </summary>
/// <param name="client">The SNMP client to use; the caller owns and disposes it.</param>
public sealed partial class EatonSc300Driver(SnmpClient? client = null)
    : SnmpDriver(Descriptor300, Sc300Settings.All, SysDescr(), client, SnmpResendPolicy.ThreeWithinTimeout)
{
    /// <summary>The driver id.</summary>
    public const string Id = "eaton.sc300";

    private static DriverDescriptor Descriptor300 { get; } = new()
    {
        Id = Id,
        Vendor = "Eaton",
        Models = ["SC300"],
        FirmwareRange = "RPS-SC300-MIB 201303240000Z (software 1.17 seen)",
        Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
        DefaultPort = SnmpTargetBuilder.DefaultPort,
        Recipients = RecipientModel.FixedSlots(Sc300Settings.ReceiverRows, perRecipientSeverity: true),
        Sender = new SenderModel(SenderModelKind.FullAddress, Sc300Settings.MaxAddressLength),
        Hints = new InventoryHints("dc-power", "power"),
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = SnmpIdentityRule.Create(Oids.Sc300Product, "^SC300 Controller"),
        Description = "Eaton SC300 DC-power controller over SNMP (RPS-SC300-MIB email group).",
        Settings = [],
    };

    /// <inheritdoc/>
    protected override SnmpDriverSession CreateSession(SnmpChannel channel, SessionMode mode) =>
        new EatonSession(this, channel, mode, Sc300Settings.Group, Sc300Settings.Recipients);

    [GeneratedRegex(@"^(?<model>SC300) Controller - software version (?<firmware>\S+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SysDescr();
}
