using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Hpe;

/// <summary>
/// The AlertMail configuration a simulated iLO stores (NetworkProtocol <c>Oem.Hpe</c>) and its host name. The
/// password itself is not kept, only whether one is set: iLO never shows it and the lab never authenticates.
/// </summary>
public sealed record IloAlertMail
{
    /// <summary><c>AlertMailEnabled</c>.</summary>
    public bool Enabled { get; init; }

    /// <summary><c>AlertMailEmail</c>: one address.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary><c>AlertMailSMTPServer</c>.</summary>
    public string Server { get; init; } = string.Empty;

    /// <summary><c>AlertMailSMTPPort</c>.</summary>
    public int Port { get; init; } = 25;

    /// <summary><c>AlertMailSMTPSecureEnabled</c>; on in the iLO 5 v2.55 capture.</summary>
    public bool SecureEnabled { get; init; } = true;

    /// <summary><c>AlertMailSMTPAuthEnabled</c>.</summary>
    public bool AuthEnabled { get; init; }

    /// <summary><c>AlertMailSMTPAuthUser</c>.</summary>
    public string AuthUser { get; init; } = string.Empty;

    /// <summary>Whether an <c>AlertMailSMTPAuthPw</c> was written (it reads back null).</summary>
    public bool PasswordSet { get; init; }

    /// <summary><c>AlertMailSenderDomain</c>.</summary>
    public string SenderDomain { get; init; } = string.Empty;

    /// <summary>The iLO's name (NetworkProtocol <c>HostName</c>), the local part of the sender.</summary>
    public required string HostName { get; init; }

    /// <summary>The sender iLO builds: <c>&lt;iLO name&gt;@AlertMailSenderDomain</c>.</summary>
    public string Sender => $"{HostName}@{SenderDomain}";

    /// <summary>The <c>Oem.Hpe</c> AlertMail properties as the iLO shows them (password null).</summary>
    /// <returns>The properties, in the capture's order.</returns>
    public JsonObject ToOemProperties() => new()
    {
        ["AlertMailEmail"] = Email,
        ["AlertMailEnabled"] = Enabled,
        ["AlertMailSMTPAuthEnabled"] = AuthEnabled,
        ["AlertMailSMTPAuthPw"] = null,
        ["AlertMailSMTPAuthUser"] = AuthUser,
        ["AlertMailSMTPPort"] = Port,
        ["AlertMailSMTPSecureEnabled"] = SecureEnabled,
        ["AlertMailSMTPServer"] = Server,
        ["AlertMailSenderDomain"] = SenderDomain,
    };

    /// <summary>The state as one line of JSON, for <c>lab up</c>'s saved state.</summary>
    /// <returns>The line.</returns>
    public string Export()
    {
        var line = ToOemProperties();
        line.Remove("AlertMailSMTPAuthPw");
        line["AlertMailSMTPAuthPwSet"] = PasswordSet;
        line[nameof(HostName)] = HostName;
        return line.ToJsonString();
    }

    /// <summary>Reads a line written by <see cref="Export"/>.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The state.</returns>
    /// <exception cref="FormatException">The line is not such a state.</exception>
    public static IloAlertMail Import(string line)
    {
        try
        {
            var o = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("The iLO state line is not a JSON object.");
            return new IloAlertMail
            {
                Email = Get<string>(o, "AlertMailEmail"),
                Enabled = Get<bool>(o, "AlertMailEnabled"),
                AuthEnabled = Get<bool>(o, "AlertMailSMTPAuthEnabled"),
                AuthUser = Get<string>(o, "AlertMailSMTPAuthUser"),
                Port = Get<int>(o, "AlertMailSMTPPort"),
                SecureEnabled = Get<bool>(o, "AlertMailSMTPSecureEnabled"),
                Server = Get<string>(o, "AlertMailSMTPServer"),
                SenderDomain = Get<string>(o, "AlertMailSenderDomain"),
                PasswordSet = Get<bool>(o, "AlertMailSMTPAuthPwSet"),
                HostName = Get<string>(o, nameof(HostName)),
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException($"The iLO state line is not this model's state: {ex.Message}", ex);
        }
    }

    private static T Get<T>(JsonObject o, string name) =>
        o[name] is { } value ? value.GetValue<T>() : throw new FormatException($"The iLO state line has no {name}.");
}
