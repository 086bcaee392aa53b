using System.Diagnostics;
using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.DotHill;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Tests.Devices.DotHill;

/// <summary>The lab model of hpe.msa / dell.me: registration, identity per driver, the lab's relays handed to the emulator, faults in the state.</summary>
public sealed class DotHillLabModelTests : IDisposable
{
    private static readonly IPEndPoint Relay = new(IPAddress.Parse("10.6.0.25"), 25);

    private readonly string folder = Directory.CreateTempSubdirectory("provisioner-msa-model-").FullName;

    [Theory]
    [InlineData("hpe.msa", "HPE", "MSA 2060 SAN")]
    [InlineData("dell.me", "DELL EMC", "ME4024")]
    public void Catalog_HasAModelPerDriver_NamedAfterTheDevice(string driver, string vendor, string product)
    {
        var model = Assert.IsType<DotHillLabModel>(LabModelCatalog.Create(driver, Context("SAN-01", driver, null)));
        Assert.Equal((vendor, product, "SAN-01"), (model.State.Identity.Vendor, model.State.Identity.Product, model.State.Identity.Name));
        Assert.Equal(DotHillLabState.ScriptPath, model.EmulatorScript);
    }

    [Fact]
    public void Faults_AreKeptInTheEmulatorsState()
    {
        var model = new DotHillLabModel(Context("SAN-01", "hpe.msa", null), DotHillLabIdentity.Msa2060());
        model.Faults.RejectedObjects.Add("server");
        model.Faults.LostWrites.Add("email-list");
        model.Faults.ResetOnNextSet = true;
        var faults = model.State.Faults;
        Assert.Equal(["server"], faults.Reject);
        Assert.Equal(["email-list"], faults.Lose);
        Assert.Equal((1, true), (faults.DropAfterWrites, faults.DropOnce));
    }

    [Fact]
    public async Task TestEmail_ReachesTheLabsCapture_ThroughTheRelayMap()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Parse("127.173.0.25"), 0), null, CancellationToken.None);
        var model = new DotHillLabModel(Context("SAN-01", "dell.me", capture.Endpoint), DotHillLabIdentity.Me4024());
        Assert.Equal(capture.Endpoint.ToString(), model.State.Relays[Relay.ToString()]);
        model.Update(s =>
        {
            s.Email.Server = "10.6.0.25";
            s.Email.Sender = "san-01";
            s.Email.Domain = "example.org";
            s.Email.Addresses[0] = "storage@example.com";
            (s.Email.Filter, s.Email.Notification) = ("warn", "Enabled");
        });
        var output = Run(model.StatePath, "test email region crit\rexit\r");
        Assert.Contains("Success: Command completed successfully. - The test email was sent.", output, StringComparison.Ordinal);
        Assert.Equal("san-01@example.org", Assert.Single(capture.Messages).EnvelopeFrom);
        Assert.Equal("DELL EMC PowerVault ME4 ME4024", output.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void ExportImport_KeepsSettings_NotFaults()
    {
        var model = new DotHillLabModel(Context("SAN-01", "hpe.msa", null), DotHillLabIdentity.Msa2060());
        model.Update(s => s.Email.Server = "10.6.0.25");
        var saved = model.ExportState();
        model.Update(s => s.Email.Server = "10.9.9.9");
        model.Faults.Silent = true;
        model.ImportState(saved);
        Assert.Equal("10.6.0.25", model.State.Email.Server);
        Assert.True(model.State.Faults.Silent);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private LabModelContext Context(string name, string driver, IPEndPoint? capture) =>
        new(new LabDeviceSpec(name, driver, "192.0.2.10"), r => capture is not null && r.Equals(Relay) ? capture : null, new DeviceFaults(), TimeProvider.System)
        {
            StateFolder = folder,
            KnownRelays = [Relay],
        };

    private static string Run(string statePath, string input)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(DotHillLabState.ScriptPath);
        start.ArgumentList.Add("--state");
        start.ArgumentList.Add(statePath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the emulator did not finish");
        return output.Result;
    }
}
