using System.Globalization;
using System.Net.Http;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// The test alert: ONTAP has no "send test mail" call for EMS (rest-ssh-apis.md §5; the AutoSupport test mails the
/// AutoSupport recipients, another path, so the driver does not use it). Instead the driver records an application
/// event (<c>POST /api/support/ems/application-logs</c>) at the least severe level the destinations' filter lets
/// through, and EMS mails it to the destinations like any alert (<see cref="OntapAssumptions.ApplicationLogReachesDestinations"/>).
/// ONTAP answers when the event is recorded; it does not report delivery.
/// </summary>
internal sealed partial class OntapSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test event");
        var mine = EmsDestination.Mine(await destinations.ReadAllAsync(cancellationToken).ConfigureAwait(false)).Where(d => d.Type == Endpoints.EmailType).ToList();
        if (mine.Count == 0)
        {
            return new TestMessageResponse
            {
                Sent = false,
                Diagnostics = [Diagnostic.Error("ontap.noRecipients", "The cluster has no provisioner-mail-* destination, so no test alert can be mailed", "Apply the inventory first so the cluster has recipients.") with { Device = device }],
            };
        }

        var filter = mine.SelectMany(d => d.Filters).FirstOrDefault() ?? SeverityFilters.NoInfoDebug;
        var severity = SeverityFilters.TestSeverityFor(filter);
        var marker = request.Marker is { Length: > 0 } m ? $" [{m}]" : string.Empty;
        var body = new JsonObject
        {
            ["computer_name"] = device,
            ["event_source"] = "Provisioner",
            ["app_version"] = typeof(OntapSession).Assembly.GetName().Version?.ToString() ?? "1.0",
            ["category"] = "test",
            ["severity"] = severity,
            ["autosupport_required"] = false,
            ["event_id"] = 1,
            ["event_description"] = $"Provisioner test alert for {device}{marker}: EMS mail reaches this recipient.",
        };
        var answer = await client.SendAsync(HttpMethod.Post, Endpoints.ApplicationLogs, body, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            var missing = answer.Http.StatusCode == 404;
            return new TestMessageResponse
            {
                Sent = false,
                DeviceResult = error.ToString(),
                Diagnostics = [Diagnostic.Error(
                    missing ? "ontap.noTestCall" : "ontap.testRefused",
                    missing ? "This ONTAP release has no application-log call, so no test alert can be raised over REST" : $"ONTAP refused the test event: {error.Message}",
                    missing ? "Raise a test event by hand: 'event generate -message-name <name>' (diagnostic privilege) in the ONTAP CLI, or wait for a real alert." : $"POST {Endpoints.ApplicationLogs} answered HTTP {answer.Http.StatusCode} with ONTAP error {error}.") with { Device = device }],
            };
        }

        return new TestMessageResponse
        {
            Sent = true,
            DeviceResult = string.Create(CultureInfo.InvariantCulture, $"EMS recorded a {severity} application event ({filter} lets it through) for {mine.Count} destination(s); ONTAP does not report delivery"),
        };
    }
}
