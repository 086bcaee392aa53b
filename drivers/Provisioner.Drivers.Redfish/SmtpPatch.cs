using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>The <c>{"SMTP":{…}}</c> body of a write, and what the service's answer means per setting.</summary>
internal static class SmtpPatch
{
    /// <summary>The PATCH body: only the properties of the changes (plus <c>Authentication</c> when the user is set or cleared).</summary>
    /// <param name="changes">The SMTP changes.</param>
    /// <param name="current">The SMTP object as read.</param>
    /// <returns>The JSON.</returns>
    public static string Body(IReadOnlyList<SettingChange> changes, JsonElement current) => Json.Object(w =>
    {
        w.WriteStartObject(WireNames.Smtp);
        foreach (var change in changes)
        {
            var property = WireNames.PropertyOf(change.Key)!;
            switch (change.Value)
            {
                case BooleanValue b:
                    w.WriteBoolean(property, b.Value);
                    break;
                case IntegerValue n:
                    w.WriteNumber(property, n.Value);
                    break;
                case SecurityValue s:
                    w.WriteString(property, SmtpReader.WireOf(s.Value));
                    break;
                case SecretValue secret:
                    w.WriteString(property, secret.Value.Reveal());
                    break;
                case TextValue t:
                    w.WriteString(property, t.Value);
                    if (property == WireNames.Username && Json.Has(current, WireNames.Authentication))
                    {
                        var auth = Json.Text(current, WireNames.Authentication);
                        if (t.Value.Length == 0 && auth != "None")
                        {
                            w.WriteString(WireNames.Authentication, "None");
                        }
                        else if (t.Value.Length > 0 && auth == "None")
                        {
                            w.WriteString(WireNames.Authentication, "AutoDetect");
                        }
                    }

                    break;
                default:
                    throw new ArgumentException($"{change.Key.Name} carries a {change.Value.GetType().Name}, not its catalogue type.", nameof(changes));
            }
        }

        w.WriteEndObject();
    });

    /// <summary>Records the statuses of a PATCH's answer: all applied, or rejected ones named by <c>RelatedProperties</c>.</summary>
    /// <param name="outcome">The interpreted answer.</param>
    /// <param name="changes">The changes sent.</param>
    /// <param name="statuses">Receives a status per change.</param>
    /// <param name="diagnostics">Receives the reasons.</param>
    /// <param name="deviceName">The device, for diagnostics.</param>
    public static void Record(HttpOutcome outcome, IReadOnlyList<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, string deviceName)
    {
        if (outcome is not HttpRejected rejected)
        {
            changes.ToList().ForEach(c => statuses[c.Key] = outcome is HttpAccepted ? WriteStatus.Applied : WriteStatus.NotSupported);
            if (outcome is HttpResourceMissing)
            {
                diagnostics.Add(Diagnostic.Warning("redfish.noEventService", "The service has no EventService", "PATCH /redfish/v1/EventService answered 404.") with { Device = deviceName });
            }

            return;
        }

        var named = changes.Where(c => rejected.Messages.Any(m => m.RelatedProperties.Any(p => KeyOf(p)?.Equals(c.Key) == true))).ToList();
        var refused = named.Count > 0 ? named : [.. changes];
        foreach (var change in changes)
        {
            statuses[change.Key] = refused.Contains(change) ? WriteStatus.Rejected : WriteStatus.NotAttempted;
        }

        foreach (var change in refused)
        {
            IReadOnlyList<RedfishMessage> messages = named.Count > 0 ? [.. rejected.Messages.Where(m => m.RelatedProperties.Any(p => KeyOf(p)?.Equals(change.Key) == true))] : rejected.Messages;
            diagnostics.Add(Rejection(rejected with { Messages = messages }, change.Key.Name, $"SMTP.{WireNames.PropertyOf(change.Key)}", deviceName));
        }
    }

    /// <summary>A <c>rejected</c> diagnostic quoting the device's message.</summary>
    /// <param name="rejected">The refusal.</param>
    /// <param name="path">The setting path.</param>
    /// <param name="what">What was refused, in words.</param>
    /// <param name="deviceName">The device.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Rejection(HttpRejected rejected, string path, string what, string deviceName)
    {
        var first = rejected.Messages[0];
        return Diagnostic.Error(
            "redfish.rejected",
            $"The service refused {what}: {first.Message}",
            $"{rejected.Answer.Operation} answered HTTP {rejected.Answer.StatusCode} {first.MessageId}. {string.Join(" ", rejected.Messages.Skip(1).Select(m => m.Message))}{(first.Resolution is { } r ? " Resolution: " + r : string.Empty)}".Trim())
            with { Device = deviceName, Path = path };
    }

    /// <summary>The setting a <c>RelatedProperties</c> pointer names, e.g. <c>#/SMTP/Port</c> → <c>smtp.port</c>.</summary>
    /// <param name="pointer">The JSON pointer.</param>
    /// <returns>The key, or null.</returns>
    public static SettingKey? KeyOf(string pointer)
    {
        var parts = pointer.TrimStart('#').Trim('/').Split('/');
        return parts is [WireNames.Smtp, var property, ..]
            ? SettingKey.All.FirstOrDefault(k => WireNames.PropertyOf(k) == property || (property == WireNames.Authentication && k.Equals(SettingKey.SmtpAuthUser)))
            : null;
    }
}
