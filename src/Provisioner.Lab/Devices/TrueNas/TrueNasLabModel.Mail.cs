using System.Globalization;
using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>The <c>mail</c> config service: <c>mail.config</c> (password echoed in clear, as the admin API does) and <c>mail.update</c> (partial, validated).</summary>
public sealed partial class TrueNasLabModel
{
    private static readonly string[] Fields = ["fromemail", "fromname", "outgoingserver", "port", "security", "smtp", "user", "pass", "oauth"];
    private JsonObject mail = [];

    /// <summary>Changes the stored mail configuration behind the driver's back (an out-of-band change).</summary>
    /// <param name="change">Changes the stored JSON (all fields, password included).</param>
    public void ChangeMailOutOfBand(Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            change(mail);
        }
    }

    /// <summary>The stored mail configuration, password included (for tests).</summary>
    /// <returns>A copy.</returns>
    public JsonObject MailState()
    {
        lock (gate)
        {
            return (JsonObject)mail.DeepClone();
        }
    }

    // The factory state holds a sender: mail.update refuses an empty fromemail ("This field is required"), so a state
    // without one could never be restored by any client.
    private void Reset()
    {
        lock (gate)
        {
            mail = new JsonObject
            {
                ["id"] = 1,
                ["fromemail"] = "root@" + Name + ".local",
                ["fromname"] = string.Empty,
                ["outgoingserver"] = string.Empty,
                ["port"] = 25,
                ["security"] = "PLAIN",
                ["smtp"] = false,
                ["user"] = null,
                ["pass"] = string.Empty,
                ["oauth"] = null,
            };
            services = [];
            nextServiceId = 1;
        }
    }

    private JsonObject MailConfig()
    {
        lock (gate)
        {
            return (JsonObject)mail.DeepClone();
        }
    }

    private TrueNasCall MailUpdate(JsonObject? patch)
    {
        if (patch is null)
        {
            return TrueNasCall.Error("mail_update", "Input should be a valid dictionary");
        }

        lock (gate)
        {
            var errors = Validate(patch);
            var merged = (JsonObject)mail.DeepClone();
            foreach (var (name, value) in patch)
            {
                merged[name] = value?.DeepClone();
            }

            if (errors.Count == 0 && merged["smtp"]?.GetValue<bool>() == true && string.IsNullOrEmpty(merged["user"]?.GetValue<string>()))
            {
                errors.Add(("mail_update.user", "This field is required when SMTP authentication is enabled"));
            }

            var changed = patch.Select(p => p.Key).Where(k => !JsonNode.DeepEquals(mail[k], patch[k])).ToList();
            errors.AddRange(changed.Where(f => Faults.RejectedObjects.Contains(MailPrefix + f))
                .Select(f => ("mail_update." + f, Faults.QuoteSecretsInErrors ? $"Value '{patch[f]?.ToJsonString()}' is not accepted" : "This value is not accepted")));
            if (errors.Count > 0)
            {
                changed.ForEach(f => Log(MailPrefix + f, Display(f, patch[f]), stored: false));
                return new TrueNasCall.Invalid(errors);
            }

            foreach (var field in changed)
            {
                var stored = !Faults.LostWrites.Contains(MailPrefix + field);
                Log(MailPrefix + field, Display(field, patch[field]), stored);
                if (stored)
                {
                    mail[field] = patch[field]?.DeepClone();
                }
            }

            return new TrueNasCall.Ok(mail.DeepClone());
        }
    }

    private static List<(string, string)> Validate(JsonObject patch)
    {
        var errors = new List<(string, string)>();
        foreach (var (name, value) in patch)
        {
            var attribute = "mail_update." + name;
            string? problem = name switch
            {
                _ when !Fields.Contains(name) => "Extra inputs are not permitted",
                "port" => value is JsonValue p && p.TryGetValue<int>(out var port) ? port is < 1 or > 65535 ? "Input should be less than or equal to 65535 and greater than 0" : null : "Input should be a valid integer",
                "security" => value is JsonValue s && s.TryGetValue<string>(out var sec) && sec is "PLAIN" or "SSL" or "TLS" ? null : "Input should be 'PLAIN', 'SSL' or 'TLS'",
                "smtp" => value is JsonValue b && b.TryGetValue<bool>(out _) ? null : "Input should be a valid boolean",
                "fromemail" => value is JsonValue e && e.TryGetValue<string>(out var from) && (from.Length == 0 || (from.IndexOf('@', StringComparison.Ordinal) > 0 && !from.EndsWith('@'))) ? from.Length == 0 ? "This field is required" : null : "Not a valid E-Mail address",
                "pass" => value is JsonValue w && w.TryGetValue<string>(out var pass) ? pass.Any(c => c > 127) ? "Only plain text characters (7-bit ASCII) are allowed in passwords. UTF or composed characters are not allowed." : null : "Input should be a valid string",
                "outgoingserver" or "fromname" => value is JsonValue t && t.TryGetValue<string>(out _) ? null : "Input should be a valid string",
                _ => null,
            };
            if (problem is not null)
            {
                errors.Add((attribute, problem));
            }
        }

        return errors;
    }

    private static string Display(string field, JsonNode? value) => field == "pass" ? "********" : value?.ToJsonString() ?? "null";

    private static string Text(JsonObject source, string name) => source[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    private static int Number(JsonObject source, string name, int fallback) => source[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
