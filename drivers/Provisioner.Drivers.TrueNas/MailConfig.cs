using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// The <c>mail.config</c> answer: <c>fromemail</c>, <c>fromname</c>, <c>outgoingserver</c>, <c>port</c>, <c>security</c>
/// (PLAIN/SSL/TLS), <c>smtp</c> (AUTH on), <c>user</c> and <c>pass</c>. The admin API echoes <c>pass</c> in clear
/// (reference §3, <c>tests/api2/test_mail.py</c>): it is kept as a <see cref="Secret"/>, compared, never shown.
/// </summary>
internal sealed record MailConfig
{
    /// <summary>The fields the driver manages, as read, without <c>pass</c>.</summary>
    public required JsonObject Fields { get; init; }

    /// <summary>The stored password as the device echoed it (empty when none).</summary>
    public required Secret Password { get; init; }

    /// <summary>The relay.</summary>
    public string OutgoingServer => Text("outgoingserver");

    /// <summary>The port.</summary>
    public int Port => Fields["port"] is JsonValue v && v.TryGetValue<int>(out var p) ? p : 25;

    /// <summary>PLAIN, SSL or TLS, upper case.</summary>
    public string Security => Text("security").ToUpperInvariant();

    /// <summary>Whether SMTP AUTH is on.</summary>
    public bool SmtpAuth => Fields["smtp"] is JsonValue v && v.TryGetValue<bool>(out var on) && on;

    /// <summary>The AUTH user.</summary>
    public string User => Text("user");

    /// <summary>The sender address.</summary>
    public string FromEmail => Text("fromemail");

    /// <summary>The sender's display name.</summary>
    public string FromName => Text("fromname");

    /// <summary>The field names the driver manages (besides <c>pass</c>).</summary>
    public static IReadOnlyList<string> Managed { get; } = ["fromemail", "fromname", "outgoingserver", "port", "security", "smtp", "user"];

    /// <summary>Reads the answer of <c>mail.config</c>.</summary>
    /// <param name="result">The result.</param>
    /// <param name="operation">The call, for messages.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="DeviceProtocolException">Not an object, or a field of the wrong type.</exception>
    public static MailConfig Read(JsonElement result, string operation)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            throw new DeviceProtocolException($"{operation} answered something other than the mail configuration object. Check that the device is TrueNAS.") { Operation = operation };
        }

        var fields = new JsonObject();
        foreach (var name in Managed)
        {
            if (result.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                if ((name is "port" && value.ValueKind != JsonValueKind.Number) || (name is "smtp" && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    || (name is not ("port" or "smtp") && value.ValueKind != JsonValueKind.String))
                {
                    throw new DeviceProtocolException($"{operation} answered mail.{name} of type {value.ValueKind}. Check the TrueNAS version.") { Operation = operation };
                }

                fields[name] = JsonNode.Parse(value.GetRawText());
            }
        }

        var pass = result.TryGetProperty("pass", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : string.Empty;
        return new MailConfig { Fields = fields, Password = new Secret(pass) };
    }

    /// <summary>Whether the stored password equals <paramref name="secret"/> (constant time; nothing is shown).</summary>
    /// <param name="secret">The password sent.</param>
    /// <returns>True when equal.</returns>
    public bool PasswordEquals(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Password.Reveal()), Encoding.UTF8.GetBytes(secret.Reveal()));
    }

    private string Text(string name) => Fields[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
}
