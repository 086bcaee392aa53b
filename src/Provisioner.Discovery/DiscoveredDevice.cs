using System.Net;
using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Discovery;

/// <summary>A device that answered the probe.</summary>
/// <param name="Address">Where it answered.</param>
/// <param name="System">Its sysDescr, sysObjectID and sysName; all null when the credentials were refused.</param>
/// <param name="Driver">The descriptor of the driver whose identity rule it matches, or null when none does.</param>
/// <param name="Note">Why no driver was suggested, or what else a person should know; empty otherwise.</param>
public sealed record DiscoveredDevice(IPAddress Address, SystemGroup System, DriverDescriptor? Driver, string Note)
{
    /// <summary>The suggested driver's id, or null.</summary>
    public string? DriverId => Driver?.Id;
}
