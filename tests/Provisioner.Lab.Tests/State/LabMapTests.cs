using Provisioner.Lab.State;

namespace Provisioner.Lab.Tests.State;

public sealed class LabMapTests
{
    [Fact]
    public async Task SaveAsync_ThenLoadAsync_RoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labmap-{Guid.NewGuid():N}", "lab.json");
        var map = new LabMap
        {
            ProcessId = 42,
            SmtpCapture = "127.0.0.1:2525",
            Devices = [new LabMapEntry("DCP-01", "eaton.sc200", "10.6.10.11", "snmp", "127.77.0.1", 161)],
        };

        await map.SaveAsync(path, CancellationToken.None);
        var loaded = await LabMap.LoadAsync(path, CancellationToken.None);

        Assert.Equal(42, loaded.ProcessId);
        Assert.Equal(map.Devices, loaded.Devices);
        Assert.Equal("127.77.0.1", loaded.Find("dcp-01")?.Address);
        Assert.Contains("\"inventory_address\"", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_SaysHowToStartALab()
    {
        var ex = await Assert.ThrowsAsync<LabStateException>(() => LabMap.LoadAsync("/nonexistent/lab.json", CancellationToken.None));

        Assert.Contains("lab up", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UnknownFormatVersion_Refuses()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, """{"format_version": 99, "smtp_capture": "127.0.0.1:1", "devices": []}""");

        var ex = await Assert.ThrowsAsync<LabStateException>(() => LabMap.LoadAsync(path, CancellationToken.None));

        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }
}
