using System.Text.Json;

namespace Provisioner.Cli.Tests.Https;

/// <summary>
/// The four HTTPS drivers through <c>plan</c>, <c>apply</c>, <c>plan</c> with <c>--lab</c>, as a user runs
/// them: over real TLS to the lab's per-device self-signed certificates, pinned from the lab map.
/// </summary>
public sealed class HttpsLabRunTests
{
    [Fact]
    public async Task PlanApplyPlan_EveryHttpsDevice_WouldChangeThenChangedThenClean()
    {
        await using var lab = await HttpsLab.StartAsync(151);

        var first = await lab.RunAsync("plan", lab.Inventory, "--lab", lab.MapPath, "-o", "json");
        var writesAfterPlan = HttpsLab.HttpsDevices.Sum(lab.HttpWrites);
        var apply = await lab.RunAsync("apply", lab.Inventory, "--lab", lab.MapPath, "--yes", "-o", "json");
        var writesAfterApply = HttpsLab.HttpsDevices.ToDictionary(d => d, lab.HttpWrites);
        var second = await lab.RunAsync("plan", lab.Inventory, "--lab", lab.MapPath, "-o", "json");

        Assert.True(first.ExitCode == ExitCodes.ChangesPending, first.Output + first.Error);
        Assert.Equal(0, writesAfterPlan);
        Assert.All(Outcomes(first.Output), d => Assert.Equal("would-change", d.Value));
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.Output + apply.Error);
        Assert.All(Outcomes(apply.Output), d => Assert.True(d.Value == "changed", $"{d.Key}: {d.Value}\n{Diagnostics(apply.Output, d.Key)}"));
        Assert.All(writesAfterApply, d => Assert.True(d.Value > 0, $"{d.Key} logged no write"));
        Assert.True(second.ExitCode == ExitCodes.Ok, second.Output + second.Error);
        foreach (var (device, outcome) in HttpsOnly(second.Output))
        {
            // A write-only password (SMTP AUTH) cannot be read back: such a device may stay unverifiable, never would-change.
            Assert.True(outcome is "ok" or "unverifiable", $"{device}: {outcome}\n{Diagnostics(second.Output, device)}");
        }

        // The SC200 holds all but SMTP AUTH and STARTTLS, which the inventory's relay wants: that is what stays.
        Assert.Equal("not-supported", Outcomes(second.Output)[HttpsLab.SnmpDevice]);
        Assert.Equal(writesAfterApply, HttpsLab.HttpsDevices.ToDictionary(d => d, lab.HttpWrites));
        Assert.Equal(HttpsLab.HttpsDevices.Append(HttpsLab.SnmpDevice).Order(StringComparer.Ordinal), Outcomes(second.Output).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Plan_CertificateChangedAfterTheMapWasWritten_IsUntrusted_WithBothFingerprints_AndNothingWritten()
    {
        await using var lab = await HttpsLab.StartAsync(152);
        var device = lab.Host["BMC-RF-01"];
        var recorded = device.CertificateSha256!;
        var presented = device.ReplaceCertificate();

        var plan = await lab.RunAsync("plan", lab.Inventory, "--lab", lab.MapPath, "-o", "json");

        Assert.Equal(ExitCodes.Failure, plan.ExitCode);
        var outcomes = Outcomes(plan.Output);
        Assert.Equal("untrusted", outcomes["BMC-RF-01"]);
        var diagnostics = Diagnostics(plan.Output, "BMC-RF-01");
        Assert.Contains(recorded, diagnostics, StringComparison.Ordinal);
        Assert.Contains(presented, diagnostics, StringComparison.Ordinal);
        Assert.Empty(((Lab.Devices.IHttpSimulatedDevice)device.Model).WriteLog.Entries);
        Assert.Equal(0, device.HttpCounters.Requests);
        Assert.All(outcomes.Where(o => o.Key != "BMC-RF-01"), o => Assert.Equal("would-change", o.Value));
    }

    [Fact]
    public async Task Apply_CertificateChanged_IsUntrusted_AndTheDeviceIsNeverWritten()
    {
        await using var lab = await HttpsLab.StartAsync(153);
        var device = lab.Host["PDU-PX-01"];
        var recorded = device.CertificateSha256!;
        var presented = device.ReplaceCertificate();

        var apply = await lab.RunAsync("apply", lab.Inventory, "--lab", lab.MapPath, "--yes");

        Assert.Equal(ExitCodes.Failure, apply.ExitCode);
        Assert.Contains("untrusted", apply.Output, StringComparison.Ordinal);
        Assert.Contains(recorded, apply.Output + apply.Error, StringComparison.Ordinal);
        Assert.Contains(presented, apply.Output + apply.Error, StringComparison.Ordinal);
        Assert.Equal(0, lab.HttpWrites("PDU-PX-01"));
        Assert.Equal(0, device.HttpCounters.Requests);
        Assert.All(HttpsLab.HttpsDevices.Where(d => d != "PDU-PX-01"), d => Assert.True(lab.HttpWrites(d) > 0, d));
    }

    internal static Dictionary<string, string> Outcomes(string json)
    {
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("devices").EnumerateArray()
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("outcome").GetString()!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> HttpsOnly(string json) =>
        Outcomes(json).Where(o => HttpsLab.HttpsDevices.Contains(o.Key)).ToDictionary(StringComparer.Ordinal);

    internal static string Diagnostics(string json, string device)
    {
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("devices").EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == device).GetProperty("diagnostics").ToString();
    }
}
