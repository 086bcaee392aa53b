using System.Net;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Pdus;

/// <summary>The header fields of an SNMPv1 Trap-PDU (RFC 1157 §4.1.6).</summary>
/// <param name="Enterprise">The sysObjectID of the sending entity.</param>
/// <param name="AgentAddress">The IPv4 address of the sender.</param>
/// <param name="GenericTrap">The generic trap number (0 coldStart … 6 enterpriseSpecific).</param>
/// <param name="SpecificTrap">The enterprise-specific trap code.</param>
/// <param name="Timestamp">The sender's sysUpTime in hundredths of a second.</param>
public sealed record TrapV1Fields(Oid Enterprise, IPAddress AgentAddress, int GenericTrap, int SpecificTrap, uint Timestamp);
