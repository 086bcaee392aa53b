namespace Provisioner.Drivers.NetApp.Tests;

public sealed class MailServerTests
{
    [Theory]
    [InlineData("10.6.0.25", "10.6.0.25", 25)]
    [InlineData("10.6.0.25:587", "10.6.0.25", 587)]
    [InlineData("mymailhost.example.com:5678", "mymailhost.example.com", 5678)]
    [InlineData("[fd00::25]:2525", "fd00::25", 2525)]
    [InlineData("fd00::25", "fd00::25", 25)]
    public void Parse_SplitsHostAndPort(string wire, string host, int port) =>
        Assert.Equal(new MailServer(host, port), MailServer.Parse(wire));

    [Theory]
    [InlineData("10.6.0.25", 25, "10.6.0.25")]
    [InlineData("10.6.0.25", 2525, "10.6.0.25:2525")]
    [InlineData("fd00::25", 2525, "[fd00::25]:2525")]
    public void ToWire_OmitsPort25_BracketsIpv6(string host, int port, string wire) =>
        Assert.Equal(wire, new MailServer(host, port).ToWire());

    [Fact]
    public void OntapError_ReadsCodeMessageAndTarget_AndScrubs()
    {
        var error = OntapError.Parse("""{"error":{"message":"bad secret-1 here","code":"983123","target":"mail_server"}}""", t => t.Replace("secret-1", "***", StringComparison.Ordinal));

        Assert.Equal(new OntapError("983123", "bad *** here", "mail_server"), error);
        Assert.Null(OntapError.Parse("<html/>", t => t));
    }
}
