namespace Provisioner.Transport.Snmp;

/// <summary>The SNMPv2-MIB system group objects a device identifies itself with (RFC 3418).</summary>
/// <param name="SysDescr">sysDescr.0, e.g. <c>SC200 Controller - software version 4.04</c>; null when not answered.</param>
/// <param name="SysObjectId">sysObjectID.0, dotted without a leading dot, e.g. <c>1.3.6.1.4.1.1918.2.13</c>; null when not answered.</param>
/// <param name="SysName">sysName.0, usually the host name the administrator gave; null when not answered.</param>
public sealed record SystemGroup(string? SysDescr, string? SysObjectId, string? SysName);
