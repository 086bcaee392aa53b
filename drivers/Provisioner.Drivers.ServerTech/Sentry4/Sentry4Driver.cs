using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.ServerTech;

/// <summary>
/// Server Technology Sentry4 PDUs: only the per-event e-mail bits of Sentry4-MIB are writable over SNMP
/// (<c>smtp.enabled</c>); relay, port, sender, recipients and the rest are manual steps. Sessions take a
/// snapshot of every event row, so a failed change puts each row's bits back exactly. Id <c>servertech.sentry4</c>.
/// </summary>
public sealed partial class Sentry4Driver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "servertech.sentry4";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public Sentry4Driver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "Server Technology",
                Models = ["Sentry4 PRO1", "Sentry4 PRO2"],
                FirmwareRange = "Sentry4-MIB 202303101100Z; walks: Sentry Smart PDU, Sentry Switched CDU",
                Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.List(),
                Capabilities = DriverCapabilities.Snapshot,
                Hints = new InventoryHints("pdu", "power"),
                Identity = SnmpIdentityRule.Create(Oids.Sentry4, "^Sentry "),
                Description = "Server Technology Sentry4: per-event e-mail bits over SNMP; SMTP server, sender and recipients by hand.",
            },
            Sentry4Settings.Create(),
            SysDescrPattern(),
            client)
    {
    }

    /// <inheritdoc/>
    protected override SnmpDriverSession CreateSession(SnmpChannel channel, SessionMode mode) =>
        new Sentry4Session(this, channel, mode);

    [GeneratedRegex("^(?<model>Sentry [A-Za-z ]+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SysDescrPattern();
}
