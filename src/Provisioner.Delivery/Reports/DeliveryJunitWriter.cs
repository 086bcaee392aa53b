using System.Globalization;
using System.Xml.Linq;

namespace Provisioner.Delivery;

/// <summary>
/// Writes a <see cref="DeliveryReport"/> as JUnit XML for CI: one test suite, one test case per device
/// (class name the site); delivered passes, cannot-self-test is skipped with the manual step, every other
/// status fails with the device's result and diagnostics.
/// </summary>
public static class DeliveryJunitWriter
{
    /// <summary>Returns the XML text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The XML, ending with a newline.</returns>
    public static string ToJunit(DeliveryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failures = report.Devices.Count(d => Failed(d.Status));
        var skipped = report.Devices.Count(d => d.Status == "cannot-self-test");
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", "provisioner test"),
            new XAttribute("tests", report.Devices.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("timestamp", report.StartedAt),
            new XAttribute("time", Seconds(report.DurationMs)),
            new XElement("properties", new XElement("property", new XAttribute("name", "mailbox"), new XAttribute("value", report.Mailbox))),
            report.Devices.Select(Case));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite) + "\n";
    }

    private static XElement Case(DeviceDeliveryReport d)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("classname", d.Site),
            new XAttribute("name", $"{d.Device} delivers its test alert"),
            new XAttribute("time", Seconds(d.LatencyMs ?? 0)));
        var detail = string.Join("\n", new[] { d.DeviceResult is null ? null : "device result: " + d.DeviceResult, d.GroupsMissed.Count == 0 ? null : "groups missed: " + string.Join(", ", d.GroupsMissed) }
            .Concat(d.Diagnostics.Select(x => $"{x.Severity} {x.Code}: {x.Summary}. {x.Detail}")).OfType<string>());
        if (d.Status == "cannot-self-test")
        {
            element.Add(new XElement("skipped", new XAttribute("message", d.ManualStep ?? "cannot self-test")));
        }
        else if (Failed(d.Status))
        {
            element.Add(new XElement("failure", new XAttribute("type", d.Status), new XAttribute("message", $"{d.Device}: {d.Status}"), detail));
        }
        else
        {
            element.Add(new XElement("system-out", $"{d.Status} in {Seconds(d.LatencyMs ?? 0)} s through {string.Join(", ", d.GroupsReached)}" + (detail.Length == 0 ? string.Empty : "\n" + detail)));
        }

        return element;
    }

    private static bool Failed(string status) => status is not ("delivered" or "delivered-via-relay" or "cannot-self-test");

    private static string Seconds(long ms) => (ms / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
