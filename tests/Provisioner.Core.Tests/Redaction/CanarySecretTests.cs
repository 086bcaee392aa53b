using Provisioner.Abstractions;
using Provisioner.Core.Reports;
using Serilog;

namespace Provisioner.Core.Tests.Redaction;

public sealed class CanarySecretTests
{
    private const string PasswordCanary = "CANARY-pw-5e0c1d";
    private const string CommunityCanary = "CANARY-community-93ab";

    [Fact]
    public async Task EverySink_SecretsALeakyDriverSpreads_NeverContainTheCanaries()
    {
        var sink = new CollectingSink();
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger();
        var rig = new TestRig(log: logger);
        rig.Secrets.Add("env:SMTP_PW", PasswordCanary).Add("env:SNMP_RW", CommunityCanary);
        var leaky = new LeakyDriver(rig.Driver, throwingAddress: "127.0.0.3");
        var engine = new DeviceEngine(new DriverCatalog([leaky]), rig.Secrets, rig.Redactor, rig.Options, rig.Time, logger);
        var runner = new ProvisioningRunner(engine, new RunnerOptions(), rig.Time, logger);
        var (good, goodTarget) = rig.AddDevice(2);
        good.Community = CommunityCanary;
        var (bad, badTarget) = rig.AddDevice(3);
        bad.Community = CommunityCanary;
        var sinks = new List<string>();

        foreach (var mode in new[] { RunMode.Plan, RunMode.Apply, RunMode.Diff })
        {
            var run = await runner.RunAsync([goodTarget, badTarget], mode, null, CancellationToken.None);
            var report = RunReportBuilder.Build(run, engine.Redactor);
            sinks.Add(JsonReportWriter.ToJson(report));
            sinks.Add(MarkdownReportWriter.ToMarkdown(report));
            sinks.Add(TextTableWriter.ToText(report));
            sinks.AddRange(run.Devices.SelectMany(d => d.Diagnostics).Select(d => d.ToString() + d.Detail));
        }

        sinks.Add(sink.RenderAll());
        Assert.True(leaky.Leaks >= 6, $"the leaky driver only tried {leaky.Leaks} times");
        Assert.True(sink.Count > 0);
        Assert.Contains(sinks, s => s.Contains(Secret.Redacted, StringComparison.Ordinal));
        Assert.All(sinks, s => Assert.DoesNotContain(PasswordCanary, s, StringComparison.Ordinal));
        Assert.All(sinks, s => Assert.DoesNotContain(CommunityCanary, s, StringComparison.Ordinal));
    }

    [Fact]
    public void Redact_SecretInsideLongerSecret_RemovesTheLongerWhole()
    {
        var redactor = new SecretRedactor();
        redactor.Register(new Secret("abcd"));
        redactor.Register(new Secret("xxabcdxx"));

        Assert.Equal("[redacted] and [redacted]", redactor.Redact("xxabcdxx and abcd"));
    }

    [Fact]
    public void Redact_EmptySecret_IsIgnored()
    {
        var redactor = new SecretRedactor();
        redactor.Register(new Secret(string.Empty));

        Assert.Equal("text", redactor.Redact("text"));
    }
}
