using System.Xml.Linq;
using Provisioner.Abstractions;

namespace Provisioner.Delivery.Tests.Reports;

/// <summary>The JSON, JUnit, Markdown and text renderings of a delivery result.</summary>
public sealed class DeliveryReportWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 3, 0, 0, TimeSpan.Zero);

    private static readonly DeliveryResult Result = new()
    {
        Mailbox = "imaps://administrator@contoso.com@mail01:993/INBOX",
        StartedAt = Start,
        FinishedAt = Start.AddSeconds(12),
        Devices =
        [
            Device("ups-01", DeliveryStatus.Delivered, [new("alerts-power@contoso.com", "alerts-power", true, true)]) with { Latency = TimeSpan.FromMilliseconds(1400), DeviceResult = "receiver 1: 250" },
            Device("ups-02", DeliveryStatus.PartiallyDelivered, [new("alerts-power@contoso.com", "alerts-power", true, true), new("alerts-environment@contoso.com", "alerts-environment", true, false)]) with { DeviceResult = "receiver 1: 250, receiver 2: 550" },
            Device("probe-03", DeliveryStatus.CannotSelfTest, []) with { ManualStep = "press Test, then run 'provisioner test inv --await probe-03'" },
            Device("ups-04", DeliveryStatus.Rejected, [new("alerts-power@contoso.com", "alerts-power", true, false)]) with { DeviceResult = "receiver 1: 554", Diagnostics = [Diagnostic.Error("eaton.testMailFailed", "Test mail to receiver 1 failed with SMTP result 554", "See the relay's log.")] },
        ],
    };

    [Fact]
    public void Json_Report_HasVersionExitCodeAndGroupsPerDevice()
    {
        var json = DeliveryJsonWriter.ToJson(DeliveryReport.Of(Result));

        Assert.Contains("\"schema_version\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"exit_code\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"groups_missed\": [\n        \"alerts-environment\"\n      ]", json, StringComparison.Ordinal);
        Assert.Contains("\"latency_ms\": 1400", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_Report_FailsEveryUndeliveredDeviceAndSkipsTheManualOne()
    {
        var xml = XDocument.Parse(DeliveryJunitWriter.ToJunit(DeliveryReport.Of(Result)));

        var suite = xml.Root!.Element("testsuite")!;
        Assert.Equal(("4", "2", "1"), (suite.Attribute("tests")!.Value, suite.Attribute("failures")!.Value, suite.Attribute("skipped")!.Value));
        var rejected = suite.Elements("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("ups-04", StringComparison.Ordinal));
        Assert.Contains("receiver 1: 554", rejected.Element("failure")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Report_ListsTheManualStepAsACheckbox()
    {
        var md = DeliveryMarkdownWriter.ToMarkdown(DeliveryReport.Of(Result));

        Assert.Contains("| ups-02 | plant | partially-delivered |  | alerts-power | alerts-environment | receiver 1: 250, receiver 2: 550 |", md, StringComparison.Ordinal);
        Assert.Contains("- [ ] press Test, then run 'provisioner test inv --await probe-03'", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Report_EndsWithTheCountAndExitCode()
    {
        var text = DeliveryTextWriter.ToText(DeliveryReport.Of(Result));

        Assert.EndsWith("1 of 4 device(s) delivered; exit code 1.\n", text, StringComparison.Ordinal);
    }

    private static DeviceDelivery Device(string name, DeliveryStatus status, IReadOnlyList<RecipientReach> recipients) => new()
    {
        Device = name,
        Site = "plant",
        Driver = "eaton.sc200",
        Status = status,
        Sender = name + "@contoso.com",
        Recipients = recipients,
    };
}
