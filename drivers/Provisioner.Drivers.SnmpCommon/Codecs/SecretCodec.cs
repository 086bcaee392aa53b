using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>A DisplayString holding a password, written only; the value is revealed only here, on its way to the wire.</summary>
/// <param name="maxLength">The most octets the object holds.</param>
public sealed class SecretCodec(int maxLength = 255) : ScalarCodec
{
    /// <inheritdoc/>
    public override string WireForm => string.Create(CultureInfo.InvariantCulture, $"DisplayString (0..{maxLength}), write-only");

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value) => null;

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value)
    {
        var secret = Expect<SecretValue>(value).Value;
        if (secret.Length > maxLength)
        {
            throw new SnmpCodecException(string.Create(CultureInfo.InvariantCulture, $"the object holds at most {maxLength} characters"));
        }

        return OctetString.FromString(secret.Reveal());
    }
}
