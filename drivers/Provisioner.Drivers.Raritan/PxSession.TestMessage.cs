using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>
/// The test mail: <c>/smtp testConfiguration(cfg, recipients)</c> with the stored configuration and the driver's
/// recipients; the PX sends it and answers <c>TestResult {status, message}</c> (0 = OK) without changing the
/// active configuration. The stored password reads back empty, so the device is trusted to use it
/// (<see cref="PxAssumptions.TestUsesStoredPasswordWhenEmpty"/>).
/// </summary>
internal sealed partial class PxSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test mail");
        var cfg = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var recipients = (await actions.ReadAsync(cancellationToken).ConfigureAwait(false)).Select(a => a.Address).ToList();
        if (recipients.Count == 0)
        {
            return new TestMessageResponse
            {
                Sent = false,
                Diagnostics = [Diagnostic.Error("raritan.noRecipients", "The PX has no 'Provisioner mail' action, so no test mail can be sent", "Apply the inventory first so the device has recipients.") with { Device = device }],
            };
        }

        var parameters = new JsonObject { ["cfg"] = cfg.ToArgument(null), ["recipients"] = new JsonArray([.. recipients.Select(r => (JsonNode)r)]) };
        var answer = await rpc.InvokeAsync(Endpoints.Smtp, Endpoints.TestConfiguration, parameters, cancellationToken).ConfigureAwait(false);
        var ret = answer.Return;
        if (ret.ValueKind != JsonValueKind.Object || !ret.TryGetProperty("status", out var status) || !status.TryGetInt32(out var code))
        {
            throw new DeviceProtocolException($"{answer.Operation} at {rpc.Endpoint} answered without a TestResult status. Check the firmware's devsettings.Smtp interface version.") { Endpoint = rpc.Endpoint, Operation = answer.Operation };
        }

        var message = ret.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? rpc.Scrub(m.GetString()!) : string.Empty;
        var result = string.Create(CultureInfo.InvariantCulture, $"status {code}: {message}");
        return code == 0
            ? new TestMessageResponse { Sent = true, DeviceResult = result }
            : new TestMessageResponse
            {
                Sent = false,
                DeviceResult = result,
                Diagnostics = [Diagnostic.Error("raritan.testMailFailed", $"The PX could not send the test mail: {message}", string.Create(CultureInfo.InvariantCulture, $"/smtp testConfiguration answered status {code}. Check smtp.relay, smtp.port, smtp.from and the relay's allowed ranges.")) with { Device = device }],
            };
    }
}
