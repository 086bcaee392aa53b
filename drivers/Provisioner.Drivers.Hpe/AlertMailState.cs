using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// The AlertMail properties of <c>Managers/1/NetworkProtocol</c> (<c>Oem.Hpe</c>), the iLO's host name and the
/// resource's ETag, as one GET returned them. The password is never readable (<c>null</c>).
/// </summary>
internal sealed record AlertMailState
{
    public required bool Enabled { get; init; }

    public required string Email { get; init; }

    public required string Server { get; init; }

    public required int Port { get; init; }

    public required bool SecureEnabled { get; init; }

    public required bool AuthEnabled { get; init; }

    public required string AuthUser { get; init; }

    public required string SenderDomain { get; init; }

    /// <summary>The iLO's name, the local part of every AlertMail sender; empty when the iLO shows none.</summary>
    public required string HostName { get; init; }

    /// <summary>The ETag for <c>If-Match</c>, or null when the iLO sent none.</summary>
    public string? ETag { get; init; }

    /// <summary>The sender iLO builds, <c>&lt;host name&gt;@&lt;domain&gt;</c>; empty when the domain is empty.</summary>
    public string Sender => SenderDomain.Length == 0 ? string.Empty : $"{HostName}@{SenderDomain}";

    /// <summary>Reads the state from a NetworkProtocol answer.</summary>
    /// <param name="answer">The GET answer.</param>
    /// <returns>The state.</returns>
    /// <exception cref="DeviceProtocolException">The resource has no <c>Oem.Hpe</c> AlertMail properties.</exception>
    public static AlertMailState Read(HttpAnswer answer)
    {
        var root = answer.ReadJson();
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("Oem", out var oem) || oem.ValueKind != JsonValueKind.Object
            || !oem.TryGetProperty("Hpe", out var hpe) || hpe.ValueKind != JsonValueKind.Object
            || !hpe.TryGetProperty(Endpoints.Enabled, out _))
        {
            throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} has no Oem.Hpe.{Endpoints.Enabled}. Check that the device is an iLO 5 or later (iLO 4 keeps AlertMail under Oem.Hp).")
            {
                Endpoint = answer.Endpoint,
                Operation = answer.Operation,
            };
        }

        return new AlertMailState
        {
            Enabled = Flag(hpe, Endpoints.Enabled, answer),
            Email = Text(hpe, Endpoints.Email),
            Server = Text(hpe, Endpoints.Server),
            Port = hpe.TryGetProperty(Endpoints.Port, out var port) && port.TryGetInt32(out var number) ? number : 25,
            SecureEnabled = Flag(hpe, Endpoints.SecureEnabled, answer),
            AuthEnabled = Flag(hpe, Endpoints.AuthEnabled, answer),
            AuthUser = Text(hpe, Endpoints.AuthUser),
            SenderDomain = Text(hpe, Endpoints.SenderDomain),
            HostName = Text(root, IloAssumptions.SenderNameSource),
            ETag = answer.Header("ETag") ?? (root.TryGetProperty("@odata.etag", out var etag) && etag.ValueKind == JsonValueKind.String ? etag.GetString() : null),
        };
    }

    private static string Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;

    private static bool Flag(JsonElement parent, string name, HttpAnswer answer) =>
        !parent.TryGetProperty(name, out var value) ? false
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} holds Oem.Hpe.{name} as {value.ValueKind}, not a boolean.") { Endpoint = answer.Endpoint, Operation = answer.Operation };
}
