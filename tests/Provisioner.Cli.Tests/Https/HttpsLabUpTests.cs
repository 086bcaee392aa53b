using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Https;

/// <summary>'lab up' for an inventory with HTTPS devices, 'lab status', a pinned plan against it, 'lab down'.</summary>
public sealed class HttpsLabUpTests
{
    [Fact]
    public async Task LabUp_ShowsHttpsDevicesWithPortAndFingerprint_PlanRunsPinned_StatusAndDownToo()
    {
        var root = Directory.CreateTempSubdirectory("provisioner-https-up-").FullName;
        try
        {
            var inventory = HttpsLab.CopyInventory(root);
            var environment = HttpsLab.Secrets();
            var mapPath = Path.Combine(root, ".provisioner", "lab.json");
            var up = CliRun.RunAsync(environment, "lab", "up", inventory);
            using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                while (!File.Exists(mapPath) && !up.IsCompleted)
                {
                    await Task.Delay(100, wait.Token);
                }
            }

            Assert.False(up.IsCompleted, up.IsCompleted ? (await up).Output + (await up).Error : string.Empty);
            var map = await LabMap.LoadAsync(mapPath, CancellationToken.None);
            var plan = await CliRun.RunAsync(environment, "plan", inventory, "--lab", "-o", "json");
            var status = await CliRun.RunAsync("lab", "status", inventory);
            var down = await CliRun.RunAsync("lab", "down", inventory);
            var upResult = await up;

            Assert.True(upResult.ExitCode == ExitCodes.Ok, upResult.Output + upResult.Error);
            Assert.Equal(0, status.ExitCode);
            Assert.Equal(0, down.ExitCode);
            foreach (var printed in new[] { upResult.Output, status.Output })
            {
                foreach (var name in HttpsLab.HttpsDevices)
                {
                    var entry = map.Find(name)!;
                    Assert.Equal("https", entry.Protocol);
                    Assert.Matches($@"\b{name}\b.*\b{entry.Address}:{entry.Port}\b.*\bhttps\b", printed);
                    Assert.Matches($@"\b{name}\s+sha256 {entry.CertificateSha256}\n", printed);
                }

                Assert.Matches($@"\b{HttpsLab.SnmpDevice}\b.*\bsnmp\b", printed);
                Assert.DoesNotMatch($@"\b{HttpsLab.SnmpDevice}\s+sha256", printed);
            }

            Assert.True(plan.ExitCode == ExitCodes.ChangesPending, plan.Output + plan.Error);
            using var report = JsonDocument.Parse(plan.Output);
            Assert.All(report.RootElement.GetProperty("devices").EnumerateArray(), d => Assert.Equal("would-change", d.GetProperty("outcome").GetString()));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
