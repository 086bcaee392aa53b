using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Pure;

/// <summary>The lab array's <c>smtp-servers</c> item, password included (never listed).</summary>
/// <param name="RelayHost">The relay, <c>host[:port]</c>; empty = direct.</param>
/// <param name="SenderDomain">The sender's domain.</param>
/// <param name="SenderUsername">The sender's local part.</param>
/// <param name="UserName">The SMTP AUTH user.</param>
/// <param name="Password">The SMTP AUTH password (write-only on the API).</param>
/// <param name="EncryptionMode"><c>starttls</c> or empty.</param>
public sealed record PureLabSmtp(string RelayHost, string SenderDomain, string SenderUsername, string UserName, string Password, string EncryptionMode)
{
    /// <summary>The writable fields, as the write log and faults name them.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["relay_host", "sender_domain", "sender_username", "user_name", "password", "encryption_mode"];

    /// <summary>A new array's settings.</summary>
    public static PureLabSmtp Initial { get; } = new(string.Empty, "purestorage.com", "flasharray", string.Empty, string.Empty, string.Empty);

    /// <summary>The item as GET lists it (no password).</summary>
    /// <returns>The item.</returns>
    public JsonObject ToJson() => new()
    {
        ["name"] = "smtp",
        ["relay_host"] = RelayHost,
        ["sender_domain"] = SenderDomain,
        ["sender_username"] = SenderUsername,
        ["user_name"] = UserName,
        ["encryption_mode"] = EncryptionMode,
        ["subject_prefix"] = string.Empty,
        ["body_prefix"] = string.Empty,
    };

    /// <summary>The settings with one field changed.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The settings.</returns>
    public PureLabSmtp With(string field, string value) => field switch
    {
        "relay_host" => this with { RelayHost = value },
        "sender_domain" => this with { SenderDomain = value },
        "sender_username" => this with { SenderUsername = value },
        "user_name" => this with { UserName = value },
        "password" => this with { Password = value },
        "encryption_mode" => this with { EncryptionMode = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an smtp-servers field."),
    };

    /// <summary>Export form, password included.</summary>
    /// <returns>The object.</returns>
    public JsonObject Export()
    {
        var json = ToJson();
        json["password"] = Password;
        return json;
    }

    /// <summary>Reads <see cref="Export"/>'s form.</summary>
    /// <param name="node">The object.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="FormatException">It is not one.</exception>
    public static PureLabSmtp From(JsonNode? node) =>
        node is JsonObject o
            ? Fields.Aggregate(Initial, (s, f) => s.With(f, o[f]?.GetValue<string>() ?? throw new FormatException($"smtp.{f} is missing.")))
            : throw new FormatException("Not a FlashArray lab SMTP state.");
}
