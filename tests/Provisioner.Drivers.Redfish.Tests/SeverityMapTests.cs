using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish.Tests;

public sealed class SeverityMapTests
{
    private static readonly string[] All = ["OK", "Warning", "Critical"];

    [Theory]
    [InlineData(AlertSeverity.Informational, "OK,Warning,Critical")]
    [InlineData(AlertSeverity.Warning, "Warning,Critical")]
    [InlineData(AlertSeverity.Critical, "Critical")]
    public void ToSeverities_LevelAndWorse(AlertSeverity level, string expected) =>
        Assert.Equal(expected, string.Join(",", SeverityMap.ToSeverities(level, All)!));

    [Theory]
    [InlineData(AlertSeverity.Minor)]
    [InlineData(AlertSeverity.Major)]
    public void ToSeverities_NoRedfishThreshold_IsNull(AlertSeverity level) => Assert.Null(SeverityMap.ToSeverities(level, All));

    [Fact]
    public void ToLevel_RoundTrips_AndEmptyMeansEverything()
    {
        foreach (var level in new[] { AlertSeverity.Informational, AlertSeverity.Warning, AlertSeverity.Critical })
        {
            Assert.Equal(level, SeverityMap.ToLevel(SeverityMap.ToSeverities(level, All), serviceFilters: true));
        }

        Assert.Equal(AlertSeverity.Informational, SeverityMap.ToLevel(null, serviceFilters: true));
        Assert.Null(SeverityMap.ToLevel(["Critical"], serviceFilters: false));
    }

    [Theory]
    [InlineData("#/SMTP/Port", "smtp.port")]
    [InlineData("#/SMTP/ServerAddress", "smtp.relay")]
    [InlineData("#/SMTP/Authentication", "smtp.auth.user")]
    [InlineData("#/Destination", null)]
    public void RelatedProperties_MapToSettings(string related, string? key) => Assert.Equal(key, SmtpPatch.KeyOf(related)?.Name);
}
