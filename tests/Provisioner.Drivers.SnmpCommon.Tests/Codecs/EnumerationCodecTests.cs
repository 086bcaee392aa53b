using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class EnumerationCodecTests
{
    private static EnumerationCodec Severity(SnmpTag tag = SnmpTag.Integer32) => new(
        [(new SeverityValue(AlertSeverity.Warning), 1), (new SeverityValue(AlertSeverity.Major), 3), (new SeverityValue(AlertSeverity.Critical), 5)], tag);

    [Fact]
    public void Decode_ListedValue_IsItsCanonicalValue() => Assert.Equal(new SeverityValue(AlertSeverity.Major), Severity().Decode(new Integer32(3)));

    [Fact]
    public void Decode_Gauge32ForAnIntegerObject_IsReadLeniently() => Assert.Equal(new SeverityValue(AlertSeverity.Critical), Severity().Decode(new Gauge32(5)));

    [Fact]
    public void Decode_ValueTheEnumerationDoesNotList_Throws() => Assert.Throws<SnmpCodecException>(() => Severity().Decode(new Integer32(4)));

    [Fact]
    public void Decode_Text_Throws() => Assert.Throws<SnmpCodecException>(() => Severity().Decode(OctetString.FromString("3")));

    [Fact]
    public void Encode_WritesTheDeclaredType()
    {
        Assert.Equal(new Integer32(1), Severity().Encode(new SeverityValue(AlertSeverity.Warning)));
        Assert.Equal(new Gauge32(1), Severity(SnmpTag.Gauge32).Encode(new SeverityValue(AlertSeverity.Warning)));
    }

    [Fact]
    public void Encode_ValueTheDeviceLacks_ThrowsNamingWhatItKnows()
    {
        var ex = Assert.Throws<SnmpCodecException>(() => Severity().Encode(new SeverityValue(AlertSeverity.Minor)));

        Assert.Contains("'minor'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("warning, major, critical", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flag_EnumeratedBoolean_RoundTrips()
    {
        var codec = new EnumerationCodec([(new BooleanValue(true), 2), (new BooleanValue(false), 1)]);

        Assert.Equal(new Integer32(2), codec.Encode(new BooleanValue(true)));
        Assert.Equal(new BooleanValue(false), codec.Decode(new Integer32(1)));
    }
}
