using System.Net.Http;
using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>
/// The test mail: <c>GET alert-watchers/test?names=…</c> for every enabled managed watcher (rest-ssh-apis.md §12). The
/// array sends a test alert to each and answers one item per watcher with <c>success</c> and <c>result_details</c>;
/// each is reported, and the test is sent only when every watcher succeeded.
/// </summary>
internal sealed partial class PureSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test mail");
        var enabled = (await watchers.ReadAsync(cancellationToken).ConfigureAwait(false)).Where(w => w.Enabled).Select(w => w.Address).ToList();
        if (enabled.Count == 0)
        {
            return new TestMessageResponse
            {
                Sent = false,
                Diagnostics = [Diagnostic.Error("pure.noRecipients", "The FlashArray has no enabled alert watcher besides Pure's own, so no test mail can be sent", "Apply the inventory first so the array has recipients.") with { Device = device }],
            };
        }

        var answer = await connection.SendAsync(HttpMethod.Get, Endpoints.Named(Endpoints.AlertWatchersTest, enabled), null, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            return new TestMessageResponse
            {
                Sent = false,
                DeviceResult = error.ToString(),
                Diagnostics = [Diagnostic.Error("pure.testRefused", $"The FlashArray refused the watcher test: {error.Message}", $"{answer.Http.Operation} answered HTTP {answer.Http.StatusCode}.") with { Device = device }],
            };
        }

        var results = answer.Items().Select(i => (
            Name: Text(i, "destination") ?? (i.TryGetProperty("resource", out var r) ? Text(r, "name") : null) ?? Text(i, "name") ?? "?",
            Success: i.TryGetProperty("success", out var s) && s.ValueKind == JsonValueKind.True,
            Details: connection.Scrub(Text(i, "result_details") ?? string.Empty))).ToList();
        var diagnostics = new DiagnosticList();
        foreach (var failed in results.Where(r => !r.Success))
        {
            diagnostics.Add(Diagnostic.Error("pure.testFailed", $"The FlashArray could not mail {failed.Name}: {failed.Details}", "alert-watchers/test answered success false. Check smtp.relay, smtp.port, the sender and the relay's allowed ranges.") with { Device = device, Path = SettingKey.SmtpRecipients.Name });
        }

        return new TestMessageResponse
        {
            Sent = results.Count > 0 && results.All(r => r.Success),
            DeviceResult = string.Join("; ", results.Select(r => $"{r.Name}: {(r.Success ? "success" : "failed")}{(r.Details.Length > 0 ? $" ({r.Details})" : string.Empty)}")),
            Diagnostics = diagnostics,
        };
    }
}
