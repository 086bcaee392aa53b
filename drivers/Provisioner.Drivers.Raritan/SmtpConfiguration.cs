using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>
/// <c>devsettings.Smtp_2_0_0.Configuration</c> as read and written. <c>setConfiguration</c> takes all eleven fields, so
/// a write starts from the configuration just read and changes only what the inventory asks for. The password is
/// never kept: it reads back empty, and an empty password written leaves the stored one unchanged.
/// </summary>
internal sealed record SmtpConfiguration
{
    /// <summary>The raw fields as read (password empty).</summary>
    public required JsonObject Fields { get; init; }

    /// <summary>Host.</summary>
    public string Host => Text(Endpoints.Cfg.Host);

    /// <summary>Port.</summary>
    public int Port => Fields[Endpoints.Cfg.Port]!.GetValue<int>();

    /// <summary>Enforce TLS.</summary>
    public bool UseTls => Fields[Endpoints.Cfg.UseTls]!.GetValue<bool>();

    /// <summary>Sender.</summary>
    public string Sender => Text(Endpoints.Cfg.Sender);

    /// <summary>Whether the server requires authentication.</summary>
    public bool UseAuth => Fields[Endpoints.Cfg.UseAuth]!.GetValue<bool>();

    /// <summary>User name.</summary>
    public string Username => Text(Endpoints.Cfg.Username);

    /// <summary>Reads <c>getConfiguration</c>'s return value.</summary>
    /// <param name="ret">The <c>_ret_</c> element.</param>
    /// <param name="operation">The call, for messages.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="DeviceProtocolException">A field is missing or of the wrong type.</exception>
    public static SmtpConfiguration Read(JsonElement ret, string operation)
    {
        if (ret.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(operation, "_ret_ is not a Configuration object");
        }

        var fields = JsonNode.Parse(ret.GetRawText())!.AsObject();
        Check(fields, operation, JsonValueKind.String, Endpoints.Cfg.Host, Endpoints.Cfg.CaCertChain, Endpoints.Cfg.Sender, Endpoints.Cfg.Username);
        Check(fields, operation, JsonValueKind.Number, Endpoints.Cfg.Port, Endpoints.Cfg.RetryCount, Endpoints.Cfg.RetryInterval);
        Check(fields, operation, JsonValueKind.True, Endpoints.Cfg.UseTls, Endpoints.Cfg.AllowOffTimeRangeCerts, Endpoints.Cfg.UseAuth);
        fields[Endpoints.Cfg.Password] = string.Empty;
        return new SmtpConfiguration { Fields = fields };
    }

    /// <summary>This configuration with one field changed.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The configuration.</returns>
    public SmtpConfiguration With(string field, JsonNode value)
    {
        var copy = Fields.DeepClone().AsObject();
        copy[field] = value;
        return this with { Fields = copy };
    }

    /// <summary>The <c>cfg</c> argument, with <paramref name="password"/> or empty (leave unchanged).</summary>
    /// <param name="password">The new password, or null to leave the stored one.</param>
    /// <returns>The object.</returns>
    public JsonObject ToArgument(Secret? password)
    {
        var copy = Fields.DeepClone().AsObject();
        copy[Endpoints.Cfg.Password] = password?.Reveal() ?? string.Empty;
        return copy;
    }

    private string Text(string field) => Fields[field]!.GetValue<string>();

    private static void Check(JsonObject fields, string operation, JsonValueKind kind, params string[] names)
    {
        foreach (var name in names)
        {
            var actual = fields[name]?.GetValueKind();
            var ok = kind == JsonValueKind.True ? actual is JsonValueKind.True or JsonValueKind.False : actual == kind;
            if (!ok || (kind == JsonValueKind.Number && !fields[name]!.AsValue().TryGetValue<int>(out _)))
            {
                throw Malformed(operation, $"Configuration.{name} is missing or not a {(kind == JsonValueKind.True ? "boolean" : kind.ToString().ToLowerInvariant())}");
            }
        }
    }

    private static DeviceProtocolException Malformed(string operation, string what) =>
        new($"{operation} answered a configuration the driver cannot read: {what}. Check the firmware's devsettings.Smtp interface version.") { Operation = operation };
}
