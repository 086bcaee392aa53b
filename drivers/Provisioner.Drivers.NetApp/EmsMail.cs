using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>The system-wide EMS mail settings as read from <c>/api/support/ems</c>.</summary>
/// <param name="MailFrom">The sender address.</param>
/// <param name="MailServerRaw">The <c>mail_server</c> value as held.</param>
internal sealed record EmsMail(string MailFrom, string MailServerRaw)
{
    /// <summary>The mail server, host and port.</summary>
    public MailServer Server => MailServer.Parse(MailServerRaw);

    /// <summary>Reads the resource.</summary>
    /// <param name="ems">The body of <c>GET /api/support/ems</c>.</param>
    /// <returns>The settings; a missing field reads as empty.</returns>
    public static EmsMail Read(JsonElement ems) => new(Text(ems, Endpoints.MailFrom), Text(ems, Endpoints.MailServer));

    /// <summary>What the device holds for an EMS key.</summary>
    /// <param name="key">smtp.relay, smtp.port or smtp.from.</param>
    /// <returns>The observation.</returns>
    public Observed Observe(SettingKey key) => key.Name switch
    {
        "smtp.relay" => MailServerRaw.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(Server.Host)),
        "smtp.port" => new Observed.Known(new IntegerValue(Server.Port)),
        "smtp.from" => MailFrom.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(MailFrom)),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Name, "Not an /api/support/ems setting."),
    };

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
