using Provisioner.Core.Reports;

namespace Provisioner.Core.Tests.Reports;

public sealed class DriftAnalyzerTests
{
    [Fact]
    public async Task Analyze_DiffOfFleet_SpeaksInFindingsAPersonActsOn()
    {
        var (run, _) = await Fleet.RunAsync(RunMode.Diff);

        var messages = DriftAnalyzer.Analyze(run.Devices).Select(f => f.Message).ToList();

        Assert.Equal(
            [
                "1 device could not be checked or changed (unreachable): ats-ny-01",
                "3 devices have smtp.auth.user (empty) instead of ups: ups-ny-01, ups-ny-02, ups-ny-03",
                "3 devices point at relay 10.0.0.9 instead of 10.6.0.25: ups-ny-01, ups-ny-02, ups-ny-03",
                "3 devices still send to alerts-power@contoso.com, the inventory now says alerts-newyork-power@contoso.com: ups-ny-01, ups-ny-02, ups-ny-03",
                "1 device also sends to jane.doe@contoso.com, which the inventory does not list: pdu-ny-01",
                "5 devices are unverifiable (write-only smtp.auth.password): ups-ny-01, ups-ny-02, ups-ny-03 and 2 more",
            ],
            messages);
    }

    [Fact]
    public async Task Analyze_StaleRecipient_ListsTheDevicesInInventoryOrder()
    {
        var (run, _) = await Fleet.RunAsync(RunMode.Diff);

        var finding = Assert.Single(DriftAnalyzer.Analyze(run.Devices), f => f.Kind == "recipient-replaced");

        Assert.Equal(["ups-ny-01", "ups-ny-02", "ups-ny-03"], finding.Devices);
        Assert.Equal("smtp.recipients", finding.Setting);
    }

    [Fact]
    public void Analyze_NoDevices_NoFindings() => Assert.Empty(DriftAnalyzer.Analyze([]));
}
