using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;
using Provisioner.Transport.Http.JsonRpc;

namespace Provisioner.Drivers.Raritan;

/// <summary>
/// A session with one PX: identify from <c>/model/pdu/0 getMetaData</c>, read <c>/smtp getConfiguration</c> and
/// <c>/event_engine listActions</c> fresh on every read, write with one <c>setConfiguration</c> plus one call per
/// recipient action changed. Snapshot/restore and the test mail live in the other parts of this class.
/// </summary>
internal sealed partial class PxSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private readonly DeviceHttpClient http;
    private readonly JsonRpcClient rpc;
    private readonly string device;
    private readonly MailActionWriter actions;

    /// <summary>Creates the session.</summary>
    /// <param name="http">The device's HTTPS client; the session disposes it.</param>
    /// <param name="rpc">The JSON-RPC client over it, authenticated.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public PxSession(DeviceHttpClient http, JsonRpcClient rpc, string device, SessionMode mode)
    {
        this.http = http;
        this.rpc = rpc;
        this.device = device;
        Mode = mode;
        actions = new MailActionWriter(rpc, device);
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var meta = await rpc.InvokeAsync(Endpoints.Pdu, Endpoints.GetMetaData, null, cancellationToken).ConfigureAwait(false);
        var ret = meta.Return;
        if (ret.ValueKind != JsonValueKind.Object || !ret.TryGetProperty("nameplate", out var plate) || plate.ValueKind != JsonValueKind.Object)
        {
            throw new DeviceProtocolException($"{meta.Operation} at {rpc.Endpoint} answered MetaData without a nameplate. Check that the device is a Raritan PDU.") { Endpoint = rpc.Endpoint, Operation = meta.Operation };
        }

        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, element) in new[] { ("hwRevision", ret), ("ctrlBoardSerial", ret), ("macAddress", ret), ("partNumber", plate), ("brand", plate) })
        {
            if (Text(element, name) is { Length: > 0 } value)
            {
                details[name] = value;
            }
        }

        return new IdentifyResponse
        {
            Vendor = Text(plate, "manufacturer"),
            Model = Text(plate, "model"),
            Firmware = Text(ret, "fwRevision"),
            Serial = Text(plate, "serialNumber") is { Length: > 0 } serial ? serial : Text(ret, "ctrlBoardSerial"),
            Details = details,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        if (request.Keys.Any(SmtpMapping.Keys.Contains))
        {
            var cfg = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(SmtpMapping.Keys.Contains))
            {
                values[key] = SmtpMapping.Read(key, cfg);
            }
        }

        if (request.Keys.Contains(SettingKey.SmtpRecipients))
        {
            var mine = await actions.ReadAsync(cancellationToken).ConfigureAwait(false);
            values[SettingKey.SmtpRecipients] = new Observed.Known(new RecipientsValue([.. mine.Select(a => new Recipient(a.Address))]));
        }

        foreach (var key in request.Keys.Where(k => !values.ContainsKey(k)))
        {
            values[key] = new Observed.NotSupported(key.Equals(SettingKey.SmtpEnabled) ? PxSettings.NoSwitchReason
                : key.Equals(SettingKey.AlertsMinimumSeverity) ? PxSettings.NoSeverityReason
                : $"driver {PxDescriptor.Id} does not manage it");
        }

        return new ReadResponse { Values = values };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SmtpConfiguration> ReadSmtpAsync(CancellationToken cancellationToken)
    {
        var answer = await rpc.InvokeAsync(Endpoints.Smtp, Endpoints.GetConfiguration, null, cancellationToken).ConfigureAwait(false);
        return SmtpConfiguration.Read(answer.Return, answer.Operation);
    }

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only (plan or diff); the {what} was not sent.");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
