using System.Net;
using Provisioner.Transport.Snmp;

namespace Provisioner.Cli.Discovery;

/// <summary>A device that answered the probe.</summary>
/// <param name="Address">Where it answered.</param>
/// <param name="System">Its sysDescr, sysObjectID and sysName; all null when the credentials were refused.</param>
/// <param name="DriverId">The driver whose identity rule it matches, or null when none does.</param>
/// <param name="Note">Why no driver was suggested, or what else a person should know; empty otherwise.</param>
internal sealed record DiscoveredDevice(IPAddress Address, SystemGroup System, string? DriverId, string Note);
