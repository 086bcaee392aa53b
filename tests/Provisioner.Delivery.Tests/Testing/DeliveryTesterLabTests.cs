using System.Net;
using Provisioner.Cli.Delivery;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Cli.Running;
using Provisioner.Core;
using Provisioner.Delivery.Tests.MailServers;
using Provisioner.Inventory;
using Provisioner.Lab.Hosting;

namespace Provisioner.Delivery.Tests.Testing;

/// <summary>
/// <see cref="DeliveryTester"/> on the lab alone (what <c>demo</c> does): the lab's SMTP capture is the mailbox.
/// An AKCP probe cannot self-test; with <c>--via-relay</c> this machine sends as it would, and the capture sees it.
/// </summary>
public sealed class DeliveryTesterLabTests : IAsyncLifetime
{
    private const string Community = "lab-tester-community-81f2";
    private LabHost? lab;
    private IReadOnlyList<DeliveryCandidate> candidates = [];

    public async Task InitializeAsync()
    {
        var model = InventoryLoader.LoadFromText([new("rig.yaml", RigInventory.Text(993, new string('A', 64)))]).Inventory!;
        var devices = model.Devices.Where(d => d.Name == RigInventory.Manual).ToList();
        var secrets = new EnvironmentSecretResolver(name => name == "RIG_SNMP_COMMUNITY" ? Community : null);
        lab = await LabHost.StartAsync(
            LabSpecBuilder.Specs(devices, secrets),
            new LabHostOptions { AddressRange = 182, PreferredSnmpPort = null, PreferredHttpsPort = null, Relays = LabSpecBuilder.Relays(devices) },
            CancellationToken.None);
        var map = lab.ToMap(0);
        var targets = devices.Select(TargetBuilder.From).Select(t => map.Find(t.Name) is { } e ? t with { Address = e.Address, Port = e.Port } : t).ToList();
        candidates = DeliveryCandidates.Build(model, targets, "rig.yaml", new HashSet<string>(StringComparer.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (lab is not null)
        {
            await lab.DisposeAsync();
        }
    }

    [Fact]
    public async Task Run_DeviceWithoutTestCapability_IsCannotSelfTestWithTheManualStep()
    {
        var result = await RunAsync(new DeliveryTestOptions { Timeout = TimeSpan.FromSeconds(1) });

        var device = Assert.Single(result.Devices);
        Assert.Equal(DeliveryStatus.CannotSelfTest, device.Status);
        Assert.Contains("--await probe-06", device.ManualStep, StringComparison.Ordinal);
        Assert.False(result.AllDelivered);
    }

    [Fact]
    public async Task Run_ViaRelay_DeliversThroughBothGroupsAndSaysTheDeviceIsNotProven()
    {
        var capture = lab!.Capture.Endpoint;
        var relay = new RelayTestSender(new EnvironmentSecretResolver(_ => null), (_, _) => capture);

        var result = await RunAsync(new DeliveryTestOptions { Timeout = TimeSpan.FromSeconds(10), PollInterval = TimeSpan.FromMilliseconds(100), ViaRelay = relay, NewToken = () => "PV-00000000CAFE" });

        var device = Assert.Single(result.Devices);
        Assert.Equal(DeliveryStatus.DeliveredViaRelay, device.Status);
        Assert.Equal(MessageMatcher.ByToken, device.CorrelatedBy);
        Assert.Equal(["alerts-power", "alerts-critical"], device.Recipients.Where(r => r.Reached).Select(r => r.Group));
        Assert.Contains(device.Diagnostics, d => d.Code == "delivery.viaRelay");
        Assert.True(result.AllDelivered);
    }

    [Fact]
    public async Task Run_ViaRelayWithNoStandIn_SendsNothingAndIsNotDelivered()
    {
        var relay = new RelayTestSender(new EnvironmentSecretResolver(_ => null), (_, _) => null);

        var result = await RunAsync(new DeliveryTestOptions { Timeout = TimeSpan.FromMilliseconds(300), PollInterval = TimeSpan.FromMilliseconds(100), ViaRelay = relay });

        var device = Assert.Single(result.Devices);
        Assert.Equal(DeliveryStatus.NotDelivered, device.Status);
        Assert.Contains("nothing was sent", device.DeviceResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CleanupOnTheCapture_RemovesTheConfirmedMessages()
    {
        var capture = lab!.Capture.Endpoint;
        var relay = new RelayTestSender(new EnvironmentSecretResolver(_ => null), (_, _) => capture);

        var result = await RunAsync(new DeliveryTestOptions { Timeout = TimeSpan.FromSeconds(10), PollInterval = TimeSpan.FromMilliseconds(100), ViaRelay = relay, Cleanup = true, NewToken = () => "PV-0000000C1EA4" });

        Assert.Equal(Assert.Single(result.Devices).MessageIds.Count, result.CleanedUp);
        Assert.DoesNotContain(lab.Capture.Messages, m => m.Subject.Contains("PV-0000000C1EA4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ViaRelayWithSmtpAuth_NoReportFormatCarriesThePassword()
    {
        const string smtpCanary = "CANARY-smtp-auth-6d02b7e19c";
        var withAuth = candidates.Select(c => c with { Target = c.Target with { Desired = c.Target.Desired with { AuthUser = "relay-user", AuthPassword = new Abstractions.SecretReference(Abstractions.SecretScheme.Environment, "RELAY_PW") } } }).ToList();
        var secrets = new EnvironmentSecretResolver(name => name == "RELAY_PW" ? smtpCanary : null);
        var redactor = new SecretRedactor();
        var capture = lab!.Capture.Endpoint;
        var relay = new RelayTestSender(new RedactingSecretResolver(secrets, redactor), (_, _) => capture);
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);
        await using var mailbox = new LabCaptureMailbox(lab.Capture);
        var tester = new DeliveryTester(BuiltInDrivers.Catalog(transports), new EnvironmentSecretResolver(name => name == "RIG_SNMP_COMMUNITY" ? Community : null), redactor, TimeProvider.System);

        var result = await tester.RunAsync(withAuth, mailbox, new DeliveryTestOptions { Timeout = TimeSpan.FromMilliseconds(500), PollInterval = TimeSpan.FromMilliseconds(100), ViaRelay = relay }, CancellationToken.None);

        var device = Assert.Single(result.Devices);
        Assert.Equal(DeliveryStatus.NotDelivered, device.Status);
        Assert.Contains("does not support authentication", device.DeviceResult, StringComparison.Ordinal);
        var report = DeliveryReport.Of(result);
        foreach (var text in new[] { DeliveryJsonWriter.ToJson(report), DeliveryMarkdownWriter.ToMarkdown(report), DeliveryJunitWriter.ToJunit(report), DeliveryTextWriter.ToText(report) })
        {
            Assert.DoesNotContain(smtpCanary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Community, text, StringComparison.Ordinal);
        }
    }

    private async Task<DeliveryResult> RunAsync(DeliveryTestOptions options)
    {
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);
        await using var mailbox = new LabCaptureMailbox(lab!.Capture);
        var secrets = new EnvironmentSecretResolver(name => name == "RIG_SNMP_COMMUNITY" ? Community : null);
        var tester = new DeliveryTester(BuiltInDrivers.Catalog(transports), secrets, new SecretRedactor(), TimeProvider.System);
        return await tester.RunAsync(candidates, mailbox, options, CancellationToken.None);
    }
}
