using Provisioner.Cli.Options;

namespace Provisioner.Cli.Tests.Options;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("UPS-NY-*", "UPS-NY-01", true)]
    [InlineData("ups-ny-*", "UPS-NY-01", true)]
    [InlineData("UPS-NY-*", "UPS-DET-01", false)]
    [InlineData("*-DET-*", "PDU-DET-R01", true)]
    [InlineData("UPS-??-01", "UPS-NY-01", true)]
    [InlineData("UPS-?-01", "UPS-NY-01", false)]
    [InlineData("*", "", true)]
    [InlineData("A*B*C", "AxxBxxC", true)]
    [InlineData("A*B*C", "AxxBxxCx", false)]
    [InlineData("VEEAM", "VEEAM", true)]
    public void IsMatch_Name_MatchesShellStyle(string pattern, string name, bool expected) =>
        Assert.Equal(expected, new GlobPattern(pattern).IsMatch(name));
}
