using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// A Redfish session with one iDRAC 9: identify from the service root and the manager, read and write the
/// <c>DellAttributes</c> resource (discovered from the manager's links), the registry read once per session,
/// snapshot/restore of the managed attributes and the test e-mail.
/// </summary>
internal sealed partial class IdracSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private readonly IdracConnection connection;
    private readonly string device;
    private string? attributesPath;
    private AttributeRegistry? registry;
    private AttributeState? current;

    /// <summary>Creates the session over an open connection; the session disposes it.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public IdracSession(IdracConnection connection, string device, SessionMode mode)
    {
        this.connection = connection;
        this.device = device;
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <summary>The connection (for tests: renewals).</summary>
    internal IdracConnection Connection => connection;

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var root = (await connection.GetAsync(Endpoints.ServiceRoot, cancellationToken).ConfigureAwait(false)).ReadJson();
        var manager = await ManagerAsync(cancellationToken).ConfigureAwait(false);
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                details[key] = value;
            }
        }

        Add(IdracDescriptor.ManagerIdKey, Text(manager, "Id"));
        Add("redfish.product", Text(root, "Product"));
        Add("redfish.version", Text(root, "RedfishVersion"));
        Add("redfish.oem", root.TryGetProperty("Oem", out var oem) && oem.ValueKind == JsonValueKind.Object ? string.Join(",", oem.EnumerateObject().Select(p => p.Name)) : null);
        Add("dell.attributes", attributesPath);
        var vendor = Text(root, "Vendor") ?? (details.GetValueOrDefault("redfish.oem")?.Contains("Dell", StringComparison.Ordinal) == true ? "Dell" : Text(manager, "Manufacturer"));
        return new IdentifyResponse
        {
            Vendor = vendor,
            Model = Text(manager, "Model"),
            Firmware = Text(manager, "FirmwareVersion"),
            Serial = root.TryGetProperty("Oem", out var o) && o.TryGetProperty("Dell", out var dell) ? Text(dell, "ServiceTag") : null,
            Details = details,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = await AttributesAsync(fresh: true, cancellationToken).ConfigureAwait(false);
        return new ReadResponse { Values = request.Keys.ToDictionary(k => k, k => IdracReadMapping.Read(k, state)) };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task<JsonElement> ManagerAsync(CancellationToken cancellationToken)
    {
        var manager = (await connection.GetAsync(Endpoints.Manager, cancellationToken).ConfigureAwait(false)).ReadJson();
        attributesPath = DiscoverAttributesPath(manager) ?? Endpoints.DellAttributes;
        return manager;
    }

    private static string? DiscoverAttributesPath(JsonElement manager)
    {
        if (manager.ValueKind == JsonValueKind.Object
            && manager.TryGetProperty("Links", out var links) && links.ValueKind == JsonValueKind.Object
            && links.TryGetProperty("Oem", out var oem) && oem.ValueKind == JsonValueKind.Object
            && oem.TryGetProperty("Dell", out var dell) && dell.ValueKind == JsonValueKind.Object
            && dell.TryGetProperty("DellAttributes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            return list.EnumerateArray().Select(l => Text(l, "@odata.id")).FirstOrDefault(id => id?.EndsWith("/" + Endpoints.ManagerId, StringComparison.Ordinal) == true);
        }

        return null;
    }

    private async Task<AttributeState> AttributesAsync(bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && current is not null)
        {
            return current;
        }

        if (attributesPath is null)
        {
            await ManagerAsync(cancellationToken).ConfigureAwait(false);
        }

        var answer = await connection.GetAsync(attributesPath!, cancellationToken).ConfigureAwait(false);
        if (answer.Interpret() is HttpResourceMissing)
        {
            throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered 404: this iDRAC has no DellAttributes resource (older firmware offers only a configuration-profile import, which this driver does not use).") { Endpoint = answer.Endpoint, Operation = answer.Operation };
        }

        current = AttributeState.From(answer);
        return current;
    }

    private async Task<AttributeRegistry> RegistryAsync(CancellationToken cancellationToken)
    {
        if (registry is not null)
        {
            return registry;
        }

        var locator = await connection.GetAsync(Endpoints.AttributeRegistry, cancellationToken).ConfigureAwait(false);
        var file = Endpoints.AttributeRegistryFile;
        if (locator.Interpret() is HttpAccepted && locator.ReadJson() is { ValueKind: JsonValueKind.Object } l
            && l.TryGetProperty("Location", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0)
        {
            file = Text(locations[locations.GetArrayLength() - 1], "Uri") ?? file;
        }

        var answer = await connection.GetAsync(file, cancellationToken).ConfigureAwait(false);
        registry = answer.Interpret() is HttpAccepted ? AttributeRegistry.Parse(answer.ReadJson()) : AttributeRegistry.Unknown;
        return registry;
    }

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only; the {what} was not sent.");
        }
    }

    private static string? Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
