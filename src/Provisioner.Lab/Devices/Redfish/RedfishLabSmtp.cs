using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// The <c>EventService.SMTP</c> object of a simulated service (complex type <c>SMTP</c>, AdditionalProperties
/// false; EventService v1_5_0, <c>PasswordSet</c> v1_9_0): its values, the checks a PATCH goes through with
/// the service's own errors, and how it reads back (the password as null).
/// </summary>
public sealed class RedfishLabSmtp
{
    private static readonly string[] Protocols = ["None", "AutoDetect", "StartTLS", "TLS_SSL"];
    private static readonly string[] Authentications = ["None", "AutoDetect", "Plain", "Login", "CRAM_MD5"];
    private static readonly string[] Texts = ["ServerAddress", "FromAddress", "Username", "Password"];

    /// <summary>Whether the service sends mail (<c>SMTP.ServiceEnabled</c>).</summary>
    public bool ServiceEnabled { get; set; }

    /// <summary>The relay (<c>SMTP.ServerAddress</c>).</summary>
    public string ServerAddress { get; set; } = string.Empty;

    /// <summary>The relay's port (<c>SMTP.Port</c>).</summary>
    public long Port { get; set; } = 25;

    /// <summary>The sender (<c>SMTP.FromAddress</c>).</summary>
    public string FromAddress { get; set; } = string.Empty;

    /// <summary><c>SMTP.ConnectionProtocol</c>.</summary>
    public string ConnectionProtocol { get; set; } = "None";

    /// <summary><c>SMTP.Authentication</c>.</summary>
    public string Authentication { get; set; } = "None";

    /// <summary><c>SMTP.Username</c>.</summary>
    public string Username { get; set; } = string.Empty;

    /// <summary><c>SMTP.Password</c>: stored, never shown.</summary>
    public string? Password { get; set; }

    /// <summary>The object as a GET shows it: <c>Password</c> null, <c>PasswordSet</c> telling whether one is stored.</summary>
    /// <returns>The JSON.</returns>
    public JsonObject ToJson() => new()
    {
        [nameof(ServiceEnabled)] = ServiceEnabled,
        [nameof(ServerAddress)] = ServerAddress,
        [nameof(Port)] = Port,
        [nameof(FromAddress)] = FromAddress,
        [nameof(ConnectionProtocol)] = ConnectionProtocol,
        [nameof(Authentication)] = Authentication,
        [nameof(Username)] = Username,
        [nameof(Password)] = null,
        ["PasswordSet"] = !string.IsNullOrEmpty(Password),
    };

    /// <summary>The stored state, the password included (lab state only).</summary>
    /// <returns>The JSON.</returns>
    public JsonObject ToState()
    {
        var state = ToJson();
        state[nameof(Password)] = Password;
        state.Remove("PasswordSet");
        return state;
    }

    /// <summary>Restores <see cref="ToState"/>.</summary>
    /// <param name="state">The state.</param>
    public void Load(JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ServiceEnabled = state[nameof(ServiceEnabled)]!.GetValue<bool>();
        ServerAddress = state[nameof(ServerAddress)]!.GetValue<string>();
        Port = state[nameof(Port)]!.GetValue<long>();
        FromAddress = state[nameof(FromAddress)]!.GetValue<string>();
        ConnectionProtocol = state[nameof(ConnectionProtocol)]!.GetValue<string>();
        Authentication = state[nameof(Authentication)]!.GetValue<string>();
        Username = state[nameof(Username)]!.GetValue<string>();
        Password = state[nameof(Password)]?.GetValue<string>();
    }

    /// <summary>Checks every member of a PATCH's <c>SMTP</c> object as the schema does, before anything is stored.</summary>
    /// <param name="patch">The members sent.</param>
    /// <returns>The 400 answer, or null when every member is acceptable.</returns>
    public static LabHttpResponse? Validate(JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        foreach (var (name, value) in patch)
        {
            var path = $"#/SMTP/{name}";
            var kind = value?.GetValueKind() ?? JsonValueKind.Null;
            var text = value?.ToJsonString() ?? "null";
            LabHttpResponse? error = name switch
            {
                "ServiceEnabled" => kind is JsonValueKind.True or JsonValueKind.False ? null : RedfishLabErrors.ValueError(name, text, path),
                "Port" when kind != JsonValueKind.Number || !value!.AsValue().TryGetValue<long>(out _) => RedfishLabErrors.ValueError(name, text, path),
                "Port" when value!.GetValue<long>() is < 0 or > 65535 => RedfishLabErrors.Error(400, "Base.1.15.PropertyValueOutOfRange", $"The value '{text}' for the property Port is not in the supported range of acceptable values.", "Correct the value for the property in the request body and resubmit the request if the operation failed.", path),
                "Port" => null,
                "ConnectionProtocol" => Enum(name, value, kind, Protocols, path),
                "Authentication" => Enum(name, value, kind, Authentications, path),
                "PasswordSet" => RedfishLabErrors.PropertyNotWritable(name, path),
                _ when Texts.Contains(name) => kind == JsonValueKind.String ? null : RedfishLabErrors.ValueError(name, text, path),
                _ => RedfishLabErrors.PropertyUnknown(name, path),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>Stores one validated member.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, JsonNode? value)
    {
        switch (name)
        {
            case "ServiceEnabled": ServiceEnabled = value!.GetValue<bool>(); break;
            case "ServerAddress": ServerAddress = value!.GetValue<string>(); break;
            case "Port": Port = value!.GetValue<long>(); break;
            case "FromAddress": FromAddress = value!.GetValue<string>(); break;
            case "ConnectionProtocol": ConnectionProtocol = value!.GetValue<string>(); break;
            case "Authentication": Authentication = value!.GetValue<string>(); break;
            case "Username": Username = value!.GetValue<string>(); break;
            case "Password": Password = value!.GetValue<string>(); break;
            default: throw new ArgumentException($"SMTP has no member {name}.", nameof(name));
        }
    }

    private static LabHttpResponse? Enum(string name, JsonNode? value, JsonValueKind kind, string[] allowed, string path) =>
        kind == JsonValueKind.String && allowed.Contains(value!.GetValue<string>())
            ? null
            : RedfishLabErrors.ValueNotInList(name, kind == JsonValueKind.String ? value!.GetValue<string>() : value?.ToJsonString() ?? "null", path);
}
