using System.Text;
using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class Sha224Tests
{
    [Theory]
    [InlineData("", "D14A028C2A3A2BC9476102BB288234C415A2B01F828EA62AC5B3E42F")]
    [InlineData("abc", "23097D223405D8228642A477BDA255B32AADBCE4BDA0B3F7E36C9DA7")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "75388B16512776CC5DBA5DA1FD890150B0C6455CB4F58B1952522525")]
    public void HashData_FipsVectors_Match(string message, string expected)
    {
        var digest = new byte[Sha224.HashSize];

        Sha224.HashData(Encoding.ASCII.GetBytes(message), digest);

        Assert.Equal(expected, Convert.ToHexString(digest));
    }

    [Fact]
    public void HashData_MillionA_MatchesFipsVector()
    {
        var digest = new byte[Sha224.HashSize];

        Sha224.HashData(Enumerable.Repeat((byte)'a', 1_000_000).ToArray(), digest);

        Assert.Equal("20794655980C91D8BBB4C1EA97618A4BF03F42581948B2EE4EE7AD67", Convert.ToHexString(digest));
    }

    // RFC 4231 test cases 1, 2 and 6 (key longer than a block).
    [Theory]
    [InlineData("0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B", "4869205468657265", "896FB1128ABBDF196832107CD49DF33F47B4B1169912BA4F53684B22")]
    [InlineData("4A656665", "7768617420646F2079612077616E7420666F72206E6F7468696E673F", "A30E01098BC6DBBF45690F3A7E9E6D0F8BBEA2A39E6148008FD05E44")]
    public void HmacData_Rfc4231Vectors_Match(string key, string data, string expected)
    {
        var mac = new byte[Sha224.HashSize];

        Sha224.HmacData(Convert.FromHexString(key), Convert.FromHexString(data), mac);

        Assert.Equal(expected, Convert.ToHexString(mac));
    }

    [Fact]
    public void HmacData_KeyLongerThanBlock_MatchesRfc4231Case6()
    {
        var key = Enumerable.Repeat((byte)0xAA, 131).ToArray();
        var data = Encoding.ASCII.GetBytes("Test Using Larger Than Block-Size Key - Hash Key First");
        var mac = new byte[Sha224.HashSize];

        Sha224.HmacData(key, data, mac);

        Assert.Equal("95E9A0DB962095ADAEBE9B2D6F0DBCE2D499F112F2D2B7273FA6870E", Convert.ToHexString(mac));
    }
}
