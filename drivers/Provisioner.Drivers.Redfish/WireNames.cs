namespace Provisioner.Drivers.Redfish;

/// <summary>The property names of <c>EventService.SMTP</c> (EventService v1_5_0+, <c>PasswordSet</c> v1_9_0).</summary>
internal static class WireNames
{
    /// <summary>The SMTP object in the event service.</summary>
    public const string Smtp = "SMTP";

    /// <summary><c>SMTP.ServiceEnabled</c> ↔ <c>smtp.enabled</c>.</summary>
    public const string ServiceEnabled = "ServiceEnabled";

    /// <summary><c>SMTP.ServerAddress</c> ↔ <c>smtp.relay</c>.</summary>
    public const string ServerAddress = "ServerAddress";

    /// <summary><c>SMTP.Port</c> ↔ <c>smtp.port</c>.</summary>
    public const string Port = "Port";

    /// <summary><c>SMTP.ConnectionProtocol</c> ↔ <c>smtp.security</c>.</summary>
    public const string ConnectionProtocol = "ConnectionProtocol";

    /// <summary><c>SMTP.Username</c> ↔ <c>smtp.auth.user</c>.</summary>
    public const string Username = "Username";

    /// <summary><c>SMTP.Password</c> ↔ <c>smtp.auth.password</c> (write-only, reads back null).</summary>
    public const string Password = "Password";

    /// <summary><c>SMTP.PasswordSet</c>: whether a password is stored (read-only).</summary>
    public const string PasswordSet = "PasswordSet";

    /// <summary><c>SMTP.FromAddress</c> ↔ <c>smtp.from</c>.</summary>
    public const string FromAddress = "FromAddress";

    /// <summary><c>SMTP.Authentication</c>: how the service logs in to the relay.</summary>
    public const string Authentication = "Authentication";

    /// <summary><c>Severities</c> of the event service (advertised, v1_9_0) and of a subscription (filter, v1_13_0).</summary>
    public const string Severities = "Severities";

    /// <summary>The SMTP property a setting is held in, or null when the setting is not an SMTP property.</summary>
    /// <param name="key">The setting.</param>
    /// <returns>The property name.</returns>
    public static string? PropertyOf(Provisioner.Abstractions.SettingKey key) => key.Name switch
    {
        "smtp.enabled" => ServiceEnabled,
        "smtp.relay" => ServerAddress,
        "smtp.port" => Port,
        "smtp.security" => ConnectionProtocol,
        "smtp.auth.user" => Username,
        "smtp.auth.password" => Password,
        "smtp.from" => FromAddress,
        _ => null,
    };
}
