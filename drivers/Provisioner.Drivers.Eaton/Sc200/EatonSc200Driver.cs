using System.Text.RegularExpressions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>
/// The <c>eaton.sc200</c> driver: Eaton SC200 DC-power controllers over SNMP v2c or v3, on the SNMP kit.
/// An apply is 3 round trips: identify with every email-group object in one GET (the first read and the
/// snapshot are served from it), one SET, one read-back GET. All sessions share one <see cref="SnmpClient"/>.
/// </summary>
/// <param name="client">The SNMP client to use; the caller owns and disposes it.</param>
public sealed partial class EatonSc200Driver(SnmpClient client)
    : SnmpDriver(Sc200Descriptor.Value, Sc200Settings.All, SysDescr(), client, SnmpResendPolicy.ThreeWithinTimeout)
{
    /// <inheritdoc/>
    protected override SnmpDriverSession CreateSession(SnmpChannel channel, Provisioner.Abstractions.SessionMode mode) =>
        new EatonSession(this, channel, mode, Sc200Settings.Group, Sc200Settings.Recipients);

    [GeneratedRegex(@"^(?<model>SC200) Controller - software version (?<firmware>\S+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SysDescr();
}
