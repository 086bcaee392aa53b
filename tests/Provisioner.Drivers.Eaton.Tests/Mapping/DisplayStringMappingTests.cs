using System.Text;
using Provisioner.Drivers.Eaton.Mapping;

namespace Provisioner.Drivers.Eaton.Tests.Mapping;

public sealed class DisplayStringMappingTests
{
    [Fact]
    public void FromWire_TrailingNulsAndBlanks_AreRemoved() =>
        Assert.Equal("a@contoso.com", DisplayStringMapping.FromWire(Encoding.ASCII.GetBytes("a@contoso.com  \0\0")));

    [Fact]
    public void ToWire_NonAscii_IsRefused() => Assert.Null(DisplayStringMapping.ToWire("jörg@contoso.com"));

    [Fact]
    public void ToWire_Ascii_IsTrimmed() => Assert.Equal("a@b.c"u8.ToArray(), DisplayStringMapping.ToWire(" a@b.c "));
}
