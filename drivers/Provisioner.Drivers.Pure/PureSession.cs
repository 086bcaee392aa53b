using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>
/// A session with one FlashArray: identify from <c>arrays</c> and <c>controllers</c>, read <c>smtp-servers</c> and
/// <c>alert-watchers</c> fresh on every read. Writing, snapshot/restore and the watcher test live in the other parts.
/// </summary>
internal sealed partial class PureSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private static readonly HashSet<SettingKey> SmtpKeys =
    [
        SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpSecurity, SettingKey.SmtpAuthUser, SettingKey.SmtpAuthPassword, SettingKey.SmtpFrom,
    ];

    private readonly PureConnection connection;
    private readonly string device;
    private readonly WatcherWriter watchers;

    /// <summary>Creates the session.</summary>
    /// <param name="connection">The logged-in connection; the session disposes it.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public PureSession(PureConnection connection, string device, SessionMode mode)
    {
        this.connection = connection;
        this.device = device;
        Mode = mode;
        watchers = new WatcherWriter(connection, device);
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    private bool HasSenderUsername => connection.Version >= Endpoints.SenderUsernameSince;

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var arrays = await connection.GetItemsAsync(Endpoints.Arrays, cancellationToken).ConfigureAwait(false);
        var controllers = await connection.GetItemsAsync(Endpoints.Controllers, cancellationToken).ConfigureAwait(false);
        var array = arrays.Count > 0 ? arrays[0] : default;
        var primary = controllers.FirstOrDefault(c => Text(c, "mode") == "primary");
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["restVersion"] = connection.Version.ToString(2) };
        foreach (var (key, field) in new[] { ("array", "name"), ("arrayId", "id"), ("os", "os") })
        {
            if (Text(array, field) is { Length: > 0 } value)
            {
                details[key] = value;
            }
        }

        return new IdentifyResponse
        {
            Vendor = "Pure Storage",
            Model = Text(primary, "model") ?? (controllers.Count > 0 ? Text(controllers[0], "model") : null),
            Firmware = Text(array, "version"),
            Serial = Text(array, "id"),
            Details = details,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        if (request.Keys.Any(SmtpKeys.Contains))
        {
            var smtp = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(SmtpKeys.Contains))
            {
                values[key] = Observe(key, smtp);
            }
        }

        if (request.Keys.Contains(SettingKey.SmtpRecipients) || request.Keys.Contains(SettingKey.SmtpEnabled))
        {
            var mine = await watchers.ReadAsync(cancellationToken).ConfigureAwait(false);
            values[SettingKey.SmtpRecipients] = new Observed.Known(new RecipientsValue([.. mine.Select(w => new Recipient(w.Address))]));
            values[SettingKey.SmtpEnabled] = new Observed.Known(new BooleanValue(mine.Count > 0 && mine.All(w => w.Enabled)));
        }

        foreach (var key in request.Keys.Where(k => !values.ContainsKey(k)))
        {
            values[key] = new Observed.NotSupported(key.Equals(SettingKey.AlertsMinimumSeverity) ? PureSettings.NoSeverityReason : $"driver {PureDescriptor.Id} does not manage it");
        }

        return new ReadResponse { Values = values.Where(v => request.Keys.Contains(v.Key)).ToDictionary() };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private Observed Observe(SettingKey key, SmtpServer smtp) => key.Name switch
    {
        "smtp.relay" => smtp.RelayHost.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(smtp.Host)),
        "smtp.port" => new Observed.Known(new IntegerValue(smtp.Port)),
        "smtp.security" => HasSenderUsername
            ? new Observed.Known(new SecurityValue(smtp.EncryptionMode == "starttls" ? SmtpSecurity.StartTls : SmtpSecurity.None))
            : new Observed.Known(new SecurityValue(SmtpSecurity.None)),
        "smtp.auth.user" => new Observed.Known(new TextValue(smtp.UserName)),
        "smtp.auth.password" => new Observed.WriteOnly(),
        "smtp.from" => !HasSenderUsername ? new Observed.NotSupported($"REST {connection.Version.ToString(2)} has no sender_username (REST 2.33+)")
            : smtp.SenderDomain.Length == 0 || string.IsNullOrEmpty(smtp.SenderUsername) ? new Observed.Absent()
            : new Observed.Known(new TextValue($"{smtp.SenderUsername}@{smtp.SenderDomain}")),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Name, "Not an smtp-servers setting."),
    };

    private async Task<SmtpServer> ReadSmtpAsync(CancellationToken cancellationToken) =>
        SmtpServer.Read(await connection.GetItemsAsync(Endpoints.SmtpServers, cancellationToken).ConfigureAwait(false), "GET " + Endpoints.SmtpServers);

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only (plan or diff); the {what} was not sent.");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
