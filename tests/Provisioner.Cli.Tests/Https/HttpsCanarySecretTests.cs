using System.Text;
using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.Devices.Redfish;

namespace Provisioner.Cli.Tests.Https;

/// <summary>
/// Canary secrets over every sink of a run against the HTTPS lab: the HTTP password, the SMTP AUTH password and
/// the session tokens the lab issued never appear on standard output or error (with <c>-v</c>), in the
/// <c>--log-file</c> (compact JSON), or in the JSON and Markdown reports; not even when a device quotes one.
/// </summary>
public sealed class HttpsCanarySecretTests
{
    private const string HttpCanary = "CANARY-http-7f3c91d2e8a4";
    private const string RelayCanary = "CANARY-smtp-4b8e20a6f1c7";

    [Fact]
    public async Task Apply_WithDebugLogAndReports_NoSecretReachesAnySink()
    {
        await using var lab = await HttpsLab.StartAsync(157, HttpCanary, RelayCanary);

        var (apply, sinks) = await RunWithEverySinkAsync(lab, "apply", "--yes");
        var (plan, planSinks) = await RunWithEverySinkAsync(lab, "plan");

        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.Output + apply.Error);
        Assert.All(HttpsLab.HttpsDevices, d => Assert.Equal("changed", HttpsLabRunTests.Outcomes(apply.Output)[d]));
        Assert.Contains("[DBG]", sinks["stderr"], StringComparison.Ordinal);
        Assert.NotEmpty(sinks["log"]);
        Assert.All(sinks["log"].Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
        Assert.Contains("BMC-RF-01", sinks["report.md"], StringComparison.Ordinal);
        var tokens = IssuedTokens(lab);
        Assert.True(tokens.Count >= 3, $"the Redfish-based devices issued {tokens.Count} session token(s)");
        Assert.True(plan.ExitCode is ExitCodes.Ok, plan.Output + plan.Error);
        AssertNoSecret(lab, sinks.Concat(planSinks.Select(s => KeyValuePair.Create("plan " + s.Key, s.Value))), IssuedTokens(lab));
    }

    [Fact]
    public async Task Apply_DeviceQuotesThePasswordInItsError_TheReportQuotesTheDeviceWithThePasswordRedacted()
    {
        await using var lab = await HttpsLab.StartAsync(158, HttpCanary, RelayCanary);
        var redfish = lab.Host["BMC-RF-01"].Faults;
        redfish.QuoteSecretsInErrors = true;
        redfish.RejectedObjects.Add("SMTP.Password");
        var idrac = lab.Host["BMC-IDRAC-01"].Faults;
        idrac.QuoteSecretsInErrors = true;
        idrac.RejectedObjects.Add("RemoteHosts.1.SMTPPassword");

        var (apply, sinks) = await RunWithEverySinkAsync(lab, "apply", "--yes");

        Assert.Equal(ExitCodes.Failure, apply.ExitCode);
        var outcomes = HttpsLabRunTests.Outcomes(apply.Output);
        foreach (var device in new[] { "BMC-RF-01", "BMC-IDRAC-01" })
        {
            Assert.True(outcomes[device] is "rejected" or "reverted", $"{device}: {outcomes[device]}");
            var diagnostics = HttpsLabRunTests.Diagnostics(apply.Output, device);
            Assert.Contains("PropertyValueFormatError", diagnostics + apply.Error, StringComparison.Ordinal);
            Assert.Contains("[redacted]", diagnostics, StringComparison.Ordinal);
        }

        AssertNoSecret(lab, sinks, IssuedTokens(lab));
    }

    /// <summary>Runs a command with <c>-v</c>, <c>--log-file</c>, <c>-o json</c> and a Markdown <c>--report</c>; returns every sink's text.</summary>
    private static async Task<(CliRun.Result Result, Dictionary<string, string> Sinks)> RunWithEverySinkAsync(HttpsLab lab, string command, params string[] extra)
    {
        var log = Path.Combine(lab.Root, $"{command}-log.json");
        var report = Path.Combine(lab.Root, $"{command}-report.md");
        var result = await lab.RunAsync([command, lab.Inventory, "--lab", lab.MapPath, "-v", "--log-file", log, "-o", "json", "--report", report, .. extra]);
        return (result, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["stdout"] = result.Output,
            ["stderr"] = result.Error,
            ["log"] = File.ReadAllText(log),
            ["report.md"] = File.ReadAllText(report),
        });
    }

    private static List<string> IssuedTokens(HttpsLab lab) =>
        [.. lab.Host.Devices.Select(d => d.Model).OfType<RedfishLabService>().SelectMany(m => m.Sessions.IssuedTokens)];

    private static void AssertNoSecret(HttpsLab lab, IEnumerable<KeyValuePair<string, string>> sinks, IReadOnlyList<string> tokens)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("provisioner:" + HttpCanary));
        var secrets = new List<string> { HttpCanary, RelayCanary, basic, "CANARY" };
        secrets.AddRange(tokens);
        Assert.Equal(HttpCanary, lab.HttpPassword);
        foreach (var (sink, text) in sinks)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{sink} holds a secret ({secret[..Math.Min(12, secret.Length)]}…)");
            }
        }
    }
}
