using System.Text.Json.Nodes;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.Pure;

/// <summary>
/// <c>alert-watchers</c> (GET; POST, PATCH, DELETE with <c>?names=</c>) and <c>alert-watchers/test</c>, which mails each
/// named watcher for real and answers its <c>success</c> and <c>result_details</c>.
/// </summary>
public sealed partial class PureLabModel
{
    private LabHttpResponse WatchersRoute(LabHttpRequest request)
    {
        if (request.Method == "GET")
        {
            return PureLabErrors.Items(Watchers.Select(w => (JsonNode)w.ToJson()));
        }

        var names = Names(request);
        if (names.Count == 0)
        {
            return PureLabErrors.BadRequest("names", "The names parameter is required.");
        }

        var enabled = ParseBody(request)?["enabled"]?.GetValue<bool>();
        lock (gate)
        {
            foreach (var name in names)
            {
                var existing = watchers.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
                var refusal = (request.Method, existing) switch
                {
                    ("POST", not null) => "Alert watcher already exists.",
                    ("POST", null) when !MailboxAddress(name) => "Invalid email address.",
                    ("PATCH" or "DELETE", null) => "Alert watcher does not exist.",
                    ("DELETE", { Name: PureLabWatcher.Vendor }) => "The built-in alert watcher cannot be deleted.",
                    ("POST" or "PATCH" or "DELETE", _) when Faults.RejectedObjects.Contains(WatchersProperty) => "Alert watcher could not be changed.",
                    ("POST" or "PATCH" or "DELETE", _) => null,
                    _ => $"{request.Method} is not supported on alert-watchers.",
                };
                if (refusal is not null)
                {
                    Log(WatchersProperty, $"{request.Method} {name}", false);
                    return PureLabErrors.BadRequest(name, refusal);
                }

                var stored = !Faults.LostWrites.Contains(WatchersProperty);
                Log(WatchersProperty, $"{request.Method} {name}{(enabled is { } e ? $" enabled={e.ToString().ToLowerInvariant()}" : string.Empty)}", stored);
                if (!stored)
                {
                    continue;
                }

                switch (request.Method)
                {
                    case "POST":
                        watchers.Add(new PureLabWatcher(name, enabled ?? true));
                        break;
                    case "PATCH":
                        watchers[watchers.IndexOf(existing!)] = existing! with { Enabled = enabled ?? existing!.Enabled };
                        break;
                    default:
                        watchers.Remove(existing!);
                        break;
                }
            }

            return PureLabErrors.Items(watchers.Where(w => names.Contains(w.Name, StringComparer.OrdinalIgnoreCase)).Select(w => (JsonNode)w.ToJson()));
        }
    }

    private async Task<LabHttpResponse> TestAsync(LabHttpRequest request)
    {
        var names = Names(request);
        var settings = Smtp;
        var (host, port) = SplitRelay(settings.RelayHost);
        var from = $"{(settings.SenderUsername.Length > 0 ? settings.SenderUsername : "flasharray")}@{settings.SenderDomain}";
        var items = new List<JsonNode>();
        foreach (var name in names)
        {
            var watcher = Watchers.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
            if (watcher is null)
            {
                return PureLabErrors.BadRequest(name, "Alert watcher does not exist.");
            }

            var code = settings.RelayHost.Length == 0
                ? LabMailSender.CouldNotReachServer
                : await mailer.SendAsync(host, port, from, [watcher.Name], $"[{Name}] Test alert", $"This is a test alert from FlashArray {Name}.").ConfigureAwait(false);
            items.Add(new JsonObject
            {
                ["component_address"] = null,
                ["component_name"] = watcher.Name,
                ["description"] = "Test alert watcher",
                ["destination"] = watcher.Name,
                ["enabled"] = watcher.Enabled,
                ["success"] = code == 250,
                ["result_details"] = code == 250 ? string.Empty : $"Failed to send the test alert: SMTP reply {code}.",
                ["test_type"] = "send-test-alert",
                ["resource"] = new JsonObject { ["name"] = watcher.Name },
            });
        }

        return PureLabErrors.Items(items);
    }

    private static bool MailboxAddress(string text) =>
        text.Count(c => c == '@') == 1 && !text.StartsWith('@') && !text.EndsWith('@') && !text.Contains(' ', StringComparison.Ordinal);
}
