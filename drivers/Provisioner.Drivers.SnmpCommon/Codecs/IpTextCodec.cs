using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A DisplayString holding the relay as text (AKCP <c>sensorProbeMailSMTP</c>, SP+ <c>cfgSMTPServer</c>,
/// NetBotz <c>netBotz-dev-smtp</c>). Writing requires an IP literal (the guideline's rule); reading
/// also accepts an IpAddress, which older AKCP firmware answers (HHMSAGENT-MIB declares the same OID as IpAddress).
/// </summary>
/// <param name="maxLength">The most octets the object holds.</param>
public sealed class IpTextCodec(int maxLength = 255) : ScalarCodec
{
    private readonly DisplayStringCodec text = new(maxLength);

    /// <inheritdoc/>
    public override string WireForm => "DisplayString holding an IP literal";

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value) => value switch
    {
        IpAddress ip when ip.Value.Equals(IPAddress.Any) => null,
        IpAddress ip => new TextValue(ip.Value.ToString()),
        _ => text.Decode(value),
    };

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value)
    {
        var relay = Expect<TextValue>(value).Value.Trim();
        if (!IpLiteral.TryParse(relay.Trim('[', ']'), out _, out var problem))
        {
            throw new SnmpCodecException($"{problem}; give the relay's IP address literal");
        }

        return OctetString.FromString(text.Check(relay));
    }
}
