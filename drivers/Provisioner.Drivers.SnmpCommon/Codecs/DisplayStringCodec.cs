using System.Globalization;
using System.Text;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A DisplayString (RFC 2579: printable US-ASCII, at most 255 octets) holding text, an e-mail address
/// or an IP literal. Reading trims trailing NULs and blanks that firmware pads with; an empty string
/// reads as "nothing set".
/// </summary>
/// <param name="maxLength">The most octets the object holds (255 for a plain DisplayString).</param>
/// <param name="minLength">The fewest octets it accepts; 1 for <c>SIZE(1..n)</c> objects that cannot be cleared.</param>
public sealed class DisplayStringCodec(int maxLength = 255, int minLength = 0) : ScalarCodec
{
    /// <summary>The most octets the object holds.</summary>
    public int MaxLength => maxLength;

    /// <summary>The fewest octets the object accepts.</summary>
    public int MinLength => minLength;

    /// <inheritdoc/>
    public override string WireForm => string.Create(CultureInfo.InvariantCulture, $"DisplayString ({minLength}..{maxLength})");

    /// <summary>Decodes octets as ASCII text without the padding devices add.</summary>
    /// <param name="octets">The octets.</param>
    /// <returns>The text.</returns>
    public static string FromWire(ReadOnlySpan<byte> octets) => Encoding.ASCII.GetString(octets).TrimEnd('\0', ' ', '\t', '\r', '\n').Trim();

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value)
    {
        var text = value is OctetString s ? FromWire(s.AsSpan()) : throw Unexpected(value, "OCTET STRING (DisplayString)");
        return text.Length == 0 ? null : new TextValue(text);
    }

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value) => OctetString.FromString(Check(Expect<TextValue>(value).Value.Trim()));

    /// <summary>Checks that <paramref name="text"/> fits the object and returns it.</summary>
    /// <param name="text">The text to store.</param>
    /// <returns>The same text.</returns>
    /// <exception cref="SnmpCodecException">It is too long, too short or not printable ASCII.</exception>
    public string Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > maxLength)
        {
            throw new SnmpCodecException(string.Create(CultureInfo.InvariantCulture, $"the object holds at most {maxLength} characters, the value has {text.Length}"));
        }

        if (text.Length < minLength)
        {
            throw new SnmpCodecException(string.Create(CultureInfo.InvariantCulture, $"the object needs at least {minLength} character(s) (SIZE({minLength}..{maxLength})): it cannot be cleared over SNMP"));
        }

        if (text.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            throw new SnmpCodecException("a DisplayString holds printable US-ASCII only");
        }

        return text;
    }
}
