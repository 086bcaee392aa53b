using System.Globalization;
using System.Text.Json.Nodes;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>
/// The test e-mail. <c>SendTestEmailAlert</c> exists on iDRAC 5.10 (capture) but its body is unverified: the
/// model accepts <c>{}</c> (all enabled slots) or an optional integer <c>Index</c> 1..4 (one slot), as the
/// addendum §3 asks. Refusals are assumed: alerts off (<c>IPMILan.1.AlertEnable</c> Disabled), no enabled slot,
/// or the relay not accepting the mail, each a 400 Redfish error. <c>SubmitTestEvent</c> is assumed to mail the
/// enabled slots the same way.
/// </summary>
public sealed partial class IdracLabModel
{
    /// <summary>The subject of a test mail, after the configured prefix.</summary>
    public const string TestSubject = "Test Email from iDRAC";

    private async Task<LabHttpResponse> SendTestEmailAsync(LabHttpRequest request)
    {
        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        int? index = null;
        if (body!["Index"] is JsonValue v)
        {
            if (!v.TryGetValue<int>(out var i) || i is < 1 or > AlertSlots)
            {
                return RedfishLabErrors.ValueError("Index", v.ToJsonString(), "#/Index");
            }

            index = i;
        }

        return await MailEnabledSlotsAsync(index, "SendTestEmailAlert").ConfigureAwait(false);
    }

    private async Task<LabHttpResponse> SubmitTestEventAsync(LabHttpRequest request)
    {
        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        return body!["MessageId"] is JsonValue id && id.TryGetValue<string>(out _)
            ? await MailEnabledSlotsAsync(null, "SubmitTestEvent").ConfigureAwait(false)
            : RedfishLabErrors.Error(400, "Base.1.15.ActionParameterMissing", "The action SubmitTestEvent requires the parameter MessageId to be present in the request body.", "Supply the action with the required parameter in the request body when the request is resubmitted.", "#/MessageId");
    }

    private async Task<LabHttpResponse> MailEnabledSlotsAsync(int? index, string action)
    {
        string relay;
        int port;
        string from;
        string subject;
        List<string> recipients;
        lock (gate)
        {
            if (Text("IPMILan.1.AlertEnable") != "Enabled")
            {
                return Refusal(action, "Email alerts are disabled: IPMILan.1.AlertEnable is Disabled.", "Enable alerts (IPMILan.1.AlertEnable) and retry.", "#/Attributes/IPMILan.1.AlertEnable");
            }

            recipients = [.. Enumerable.Range(1, AlertSlots)
                .Where(s => index is null || s == index)
                .Where(s => Text($"EmailAlert.{s}.Enable") == "Enabled" && Text($"EmailAlert.{s}.Address").Length > 0)
                .Select(s => Text($"EmailAlert.{s}.Address"))];
            relay = Text("RemoteHosts.1.SMTPServerIPAddress");
            port = values.TryGetValue("RemoteHosts.1.SMTPPort", out var p) && p is JsonValue pv && pv.TryGetValue<int>(out var pi) ? pi : 25;
            from = Text("RemoteHosts.1.SenderEmail") is { Length: > 0 } sender ? sender : $"idrac-{Name.ToLowerInvariant()}@lab.invalid";
            subject = $"{Text("RemoteHosts.1.MessageSubjectPrefix")} {TestSubject}".Trim();
        }

        if (recipients.Count == 0)
        {
            return Refusal(action, "No email alert destination is enabled.", "Configure and enable an EmailAlert destination and retry.", "#/Attributes/EmailAlert.1.Enable");
        }

        var code = await Mailer.SendAsync(relay, port, from, recipients, subject, $"This is a test email from iDRAC {Name}.").ConfigureAwait(false);
        return code is >= 200 and < 300
            ? LabHttpResponse.Json(200, new JsonObject { ["@Message.ExtendedInfo"] = new JsonArray(new JsonObject { ["MessageId"] = "Base.1.15.Success", ["Message"] = "Successfully Completed Request", ["Severity"] = "OK" }) })
            : Refusal(action, string.Create(CultureInfo.InvariantCulture, $"Unable to send the test email: the SMTP server {relay}:{port} answered {code}."), "Check the SMTP server address, port and the relay's allowed senders.", "#/Attributes/RemoteHosts.1.SMTPServerIPAddress");
    }

    private static LabHttpResponse Refusal(string action, string message, string resolution, string pointer) =>
        RedfishLabErrors.Error(400, "Base.1.15.GeneralError", $"{action}: {message}", resolution, pointer);

    private string Text(string name) => values.TryGetValue(name, out var value) && value is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
}
