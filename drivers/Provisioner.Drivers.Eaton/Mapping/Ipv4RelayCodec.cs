using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton.Mapping;

/// <summary>
/// The SC200's <c>smtp-Server-IP-Address</c>: an SNMP IpAddress, IPv4 only. A host name or an IPv6 relay is
/// refused before any I/O with the codes of <see cref="RelayAddressMapping"/> (<c>eaton.relayNotIpLiteral</c>,
/// <c>eaton.relayNotIpv4</c>).
/// </summary>
public sealed class Ipv4RelayCodec : ScalarCodec
{
    private readonly IpAddressCodec wire = new();

    /// <inheritdoc/>
    public override string WireForm => wire.WireForm;

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value) => wire.Decode(value);

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value)
    {
        var relay = Expect<TextValue>(value).Value.Trim();
        return RelayAddressMapping.TryToWire(relay, out var address) is { } problem
            ? throw new SnmpCodecException($"{problem.Summary}: {problem.Detail.TrimEnd('.')}") { Code = problem.Code }
            : new IpAddress(address!);
    }
}
