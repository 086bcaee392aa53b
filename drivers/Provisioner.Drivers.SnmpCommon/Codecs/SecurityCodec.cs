using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>An enumerated INTEGER naming the SMTP connection security, e.g. SP+ <c>no-encryption(0), ssl-tls(1), starttls(2)</c>.</summary>
/// <param name="values">The wire value of each mode the device knows.</param>
public sealed class SecurityCodec(IReadOnlyDictionary<SmtpSecurity, int> values) : ScalarCodec
{
    /// <inheritdoc/>
    public override string WireForm => "INTEGER { " + string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{new SecurityValue(v.Key).ToDisplayString()}({v.Value})"))) + " }";

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value)
    {
        if (value is Integer32 i)
        {
            foreach (var (mode, wire) in values)
            {
                if (wire == i.Value)
                {
                    return new SecurityValue(mode);
                }
            }
        }

        throw Unexpected(value, WireForm);
    }

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value)
    {
        var mode = Expect<SecurityValue>(value).Value;
        return values.TryGetValue(mode, out var wire)
            ? new Integer32(wire)
            : throw new SnmpCodecException($"the device has no '{new SecurityValue(mode).ToDisplayString()}' mode");
    }
}
