using System.Text.Json;

namespace Provisioner.Drivers.TrueNas.Tests;

public sealed class AlertServiceShapeTests
{
    [Fact]
    public void ToBody_PutsTypeAtTheTop_UpTo2504_AndInsideAttributes_From2510()
    {
        var service = new AlertService(0, "ops@example.com", "WARNING", true);

        Assert.Equal("""{"name":"Provisioner mail ops@example.com","type":"Mail","attributes":{"email":"ops@example.com"},"level":"WARNING","enabled":true}""", service.ToBody(typeInAttributes: false).ToJsonString());
        Assert.Equal("""{"name":"Provisioner mail ops@example.com","attributes":{"type":"Mail","email":"ops@example.com"},"level":"WARNING","enabled":true}""", service.ToBody(typeInAttributes: true).ToJsonString());
    }

    [Fact]
    public void ReadOwned_ReadsBothShapes_InIdOrder_AndSkipsOtherServices()
    {
        using var json = JsonDocument.Parse("""
            [
              {"id":7,"name":"Provisioner mail b@example.com","attributes":{"type":"Mail","email":"b@example.com"},"level":"CRITICAL","enabled":false,"type__title":"Email"},
              {"id":3,"name":"Provisioner mail a@example.com","type":"Mail","attributes":{"email":"a@example.com"},"level":"WARNING","enabled":true},
              {"id":4,"name":"Provisioner mail slack","attributes":{"type":"Slack","url":"https://example.com"},"level":"INFO","enabled":true},
              {"id":5,"name":"Hand-made","type":"Mail","attributes":{"email":"root@example.com"},"level":"INFO","enabled":true}
            ]
            """);

        var mine = AlertService.ReadOwned(json.RootElement, "alertservice.query");

        Assert.Equal([new AlertService(3, "a@example.com", "WARNING", true), new AlertService(7, "b@example.com", "CRITICAL", false)], mine);
    }

    [Theory]
    [InlineData("TrueNAS-SCALE-24.10.2", 24, 10)]
    [InlineData("25.10.0", 25, 10)]
    [InlineData("26.04.0", 26, 4)]
    [InlineData("TrueNAS-13.0-U6.1", 13, 0)]
    public void ParseVersion_FindsMajorAndMinor(string text, int major, int minor) =>
        Assert.Equal((major, minor), TrueNasSession.ParseVersion(text));

    [Fact]
    public void ParseVersion_WithoutDigits_IsNull() => Assert.Null(TrueNasSession.ParseVersion("MASTER"));
}
