using System.Globalization;
using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Raritan;

/// <summary>
/// <c>devsettings.Smtp_2_0_0.Configuration</c> (IDL <c>Smtp.idl</c>): the eleven fields of the PX's SMTP server
/// settings. <see cref="Password"/> is write-only: <c>getConfiguration</c> answers it empty, and an empty
/// password in <c>setConfiguration</c> leaves the stored one unchanged.
/// </summary>
internal sealed record PxSmtpConfiguration
{
    /// <summary>The field names in IDL order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["host", "port", "useTls", "allowOffTimeRangeCerts", "caCertChain", "sender", "useAuth", "username", "password", "retryCount", "retryInterval"];

    /// <summary>SMTP server host name or IP address.</summary>
    public string Host { get; init; } = string.Empty;

    /// <summary>SMTP server port.</summary>
    public int Port { get; init; } = 25;

    /// <summary>Enforce TLS usage (STARTTLS).</summary>
    public bool UseTls { get; init; }

    /// <summary>Allow expired and not yet valid certificates.</summary>
    public bool AllowOffTimeRangeCerts { get; init; }

    /// <summary>TLS CA certificate chain.</summary>
    public string CaCertChain { get; init; } = string.Empty;

    /// <summary>Sender address.</summary>
    public string Sender { get; init; } = string.Empty;

    /// <summary>Whether the server requires authentication.</summary>
    public bool UseAuth { get; init; }

    /// <summary>Authentication user name.</summary>
    public string Username { get; init; } = string.Empty;

    /// <summary>Password; write-only.</summary>
    public string Password { get; init; } = string.Empty;

    /// <summary>Number of attempts at sending.</summary>
    public int RetryCount { get; init; } = 2;

    /// <summary>Retry interval in minutes.</summary>
    public int RetryInterval { get; init; } = 2;

    /// <summary>Reads a configuration; null when a field is missing or of the wrong type.</summary>
    /// <param name="cfg">The JSON object.</param>
    /// <returns>The configuration, or null.</returns>
    public static PxSmtpConfiguration? From(JsonObject? cfg)
    {
        if (cfg is null)
        {
            return null;
        }

        var host = PxRpc.Text(cfg, "host");
        var port = PxRpc.Integer(cfg, "port");
        var useTls = PxRpc.Flag(cfg, "useTls");
        var offTime = PxRpc.Flag(cfg, "allowOffTimeRangeCerts");
        var chain = PxRpc.Text(cfg, "caCertChain");
        var sender = PxRpc.Text(cfg, "sender");
        var useAuth = PxRpc.Flag(cfg, "useAuth");
        var user = PxRpc.Text(cfg, "username");
        var password = PxRpc.Text(cfg, "password");
        var count = PxRpc.Integer(cfg, "retryCount");
        var interval = PxRpc.Integer(cfg, "retryInterval");
        if (host is null || port is null || useTls is null || offTime is null || chain is null || sender is null
            || useAuth is null || user is null || password is null || count is null || interval is null)
        {
            return null;
        }

        return new PxSmtpConfiguration
        {
            Host = host, Port = port.Value, UseTls = useTls.Value, AllowOffTimeRangeCerts = offTime.Value, CaCertChain = chain,
            Sender = sender, UseAuth = useAuth.Value, Username = user, Password = password, RetryCount = count.Value, RetryInterval = interval.Value,
        };
    }

    /// <summary>The configuration as JSON.</summary>
    /// <param name="withPassword">True for saved state; false for <c>getConfiguration</c> (password empty).</param>
    /// <returns>The object.</returns>
    public JsonObject ToJson(bool withPassword) => new()
    {
        ["host"] = Host,
        ["port"] = Port,
        ["useTls"] = UseTls,
        ["allowOffTimeRangeCerts"] = AllowOffTimeRangeCerts,
        ["caCertChain"] = CaCertChain,
        ["sender"] = Sender,
        ["useAuth"] = UseAuth,
        ["username"] = Username,
        ["password"] = withPassword ? Password : string.Empty,
        ["retryCount"] = RetryCount,
        ["retryInterval"] = RetryInterval,
    };

    /// <summary>A field's value as text for the write log (the password as <c>***</c>).</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The text.</returns>
    public string Display(string field) => field == "password" ? "***" : ToJson(true)[field] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode n => n.ToJsonString(),
        null => string.Empty,
    };

    /// <summary>The fields whose value differs from <paramref name="other"/>'s; a non-empty password always counts.</summary>
    /// <param name="other">The stored configuration.</param>
    /// <returns>The field names.</returns>
    public IReadOnlyList<string> ChangedFrom(PxSmtpConfiguration other)
    {
        var mine = ToJson(true);
        var theirs = other.ToJson(true);
        return [.. Fields.Where(f => f == "password" ? Password.Length > 0 : !JsonNode.DeepEquals(mine[f], theirs[f]))];
    }

    /// <summary>This configuration with <paramref name="field"/> taken from <paramref name="source"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="source">Where the value comes from.</param>
    /// <returns>The configuration.</returns>
    public PxSmtpConfiguration With(string field, PxSmtpConfiguration source)
    {
        var json = ToJson(true);
        json[field] = source.ToJson(true)[field]!.DeepClone();
        return From(json)!;
    }

    /// <summary>Why the device refuses the configuration with <c>ERR_INVALID_PARAMS</c>, or null.</summary>
    /// <returns>The field at fault, or null.</returns>
    public string? Invalid() =>
        Port is < 1 or > 65535 ? "port"
        : RetryCount is < 0 or > 10 ? "retryCount"
        : RetryInterval is < 1 or > 60 ? "retryInterval"
        : UseAuth && Username.Length == 0 ? "username"
        : null;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
