using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Types;

public sealed class OidTests
{
    [Theory]
    [InlineData("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.1.0")]
    [InlineData(".1.3.6.1", "1.3.6.1")]
    [InlineData("2.999.4294967295", "2.999.4294967295")]
    [InlineData("0.0", "0.0")]
    public void Parse_ValidText_RoundTrips(string text, string expected)
    {
        Assert.Equal(expected, Oid.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1..3")]
    [InlineData("1.3.")]
    [InlineData("3.1")]
    [InlineData("1.40")]
    [InlineData("1.3.4294967296")]
    [InlineData("1.3.-1")]
    [InlineData("1.3.a")]
    [InlineData("1.3. 6")]
    [InlineData("1.3.+6")]
    public void TryParse_InvalidText_ReturnsFalse(string text)
    {
        Assert.False(Oid.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Oid.Parse(text));
    }

    [Fact]
    public void CompareTo_PrefixAndSiblings_AreLexicographic()
    {
        var sorted = new[] { "1.3.6.1.2.1.1.10", "1.3.6.1.2.1.1", "1.3.6.1.2.1.1.2", "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.2" }
            .Select(Oid.Parse).Order().Select(o => o.ToString());

        Assert.Equal(["1.3.6.1.2.1.1", "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.2", "1.3.6.1.2.1.1.10", "1.3.6.1.2.1.2"], sorted);
    }

    [Fact]
    public void Equals_SameArcs_AreEqualWithEqualHashes()
    {
        var a = Oid.Parse("1.3.6.1.2.1.1.5.0");
        var b = Oid.Parse("1.3.6.1.2.1.1.5").Append(0);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Oid.Parse("1.3.6.1.2.1.1.5.1"));
    }

    [Fact]
    public void StartsWith_PrefixAndNonPrefix_AreDistinguished()
    {
        var oid = Oid.Parse("1.3.6.1.2.1.2.2.1.10.1");

        Assert.True(oid.StartsWith(Oid.Parse("1.3.6.1.2.1.2.2.1.10")));
        Assert.True(oid.StartsWith(oid));
        Assert.False(oid.StartsWith(Oid.Parse("1.3.6.1.2.1.2.2.1.1")));
        Assert.False(Oid.Parse("1.3.6.1.2.1.2.2.1.1").StartsWith(Oid.Parse("1.3.6.1.2.1.2.2.1.10")));
    }

    [Fact]
    public void Constructor_TooManyArcs_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Oid(Enumerable.Repeat(1u, Oid.MaxArcs + 1).ToArray()));
    }
}
