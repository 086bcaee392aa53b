using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Drivers.TrueNas.Api;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// A session with one TrueNAS system over either API generation: identify from <c>system.info</c>, read
/// <c>mail.config</c> and <c>alertservice.query</c> fresh on every read, write with one <c>mail.update</c> plus one call
/// per alert service changed. Snapshot/restore and the test mail live in the other parts of this class.
/// </summary>
internal sealed partial class TrueNasSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private readonly ITrueNasChannel channel;
    private readonly string device;
    private readonly AlertServiceWriter services;
    private readonly Scrubber scrubber;
    private (int Major, int Minor)? version;

    /// <summary>Creates the session.</summary>
    /// <param name="channel">The authenticated channel; the session disposes it.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    /// <param name="scrubber">The session's secrets, shared with the channel.</param>
    public TrueNasSession(ITrueNasChannel channel, string device, SessionMode mode, Scrubber scrubber)
    {
        this.channel = channel;
        this.scrubber = scrubber;
        this.device = device;
        Mode = mode;
        services = new AlertServiceWriter(channel, device);
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <summary>The API generation in use.</summary>
    public ApiGeneration Generation => channel.Generation;

    /// <summary>Describes the API generation for reports.</summary>
    public string GenerationText => channel.Generation == ApiGeneration.Rest ? "REST /api/v2.0 (API key, Bearer)" : "JSON-RPC 2.0 WebSocket /api/current (API key login)";

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var info = await SystemInfoAsync(cancellationToken).ConfigureAwait(false);
        var text = Text(info, "version") ?? string.Empty;
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["truenas.api"] = GenerationText };
        foreach (var name in new[] { "hostname", "system_product", "model" })
        {
            if (Text(info, name) is { Length: > 0 } value)
            {
                details["truenas." + name] = value;
            }
        }

        var edition = text.Contains("CORE", StringComparison.OrdinalIgnoreCase) || (version is { Major: < 20 }) ? "TrueNAS CORE" : "TrueNAS SCALE";
        return new IdentifyResponse
        {
            Vendor = "iXsystems",
            Model = edition,
            Firmware = text,
            Serial = Text(info, "system_serial"),
            Details = details,
            Diagnostics = [new Diagnostic(DiagnosticSeverity.Info, "truenas.api", $"TrueNAS API: {GenerationText}", string.Create(CultureInfo.InvariantCulture, $"Version {text}; alert services written in the {(services.TypeInAttributes ? "25.10+ shape (type inside attributes)" : "shape up to 25.04 (type at the top)")}.")) { Device = device }],
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnsureVersionAsync(cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<SettingKey, Observed>();
        var diagnostics = new DiagnosticList();
        if (request.Keys.Any(MailMapping.Keys.Contains))
        {
            var cfg = await ReadMailAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(MailMapping.Keys.Contains))
            {
                values[key] = MailMapping.Read(key, cfg);
            }
        }

        if (request.Keys.Any(k => ServiceKeys.Contains(k)))
        {
            var mine = await services.ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(ServiceKeys.Contains))
            {
                values[key] = ReadService(key, mine);
            }

            foreach (var strict in mine.Where(s => TrueNasLevels.IsStricterThanRead(s.Level)))
            {
                diagnostics.Add(Diagnostic.Warning("truenas.levelAboveCritical", $"The alert service for {strict.Email} has level {strict.Level}", "It is read as critical, but CRITICAL alerts are not mailed at that level; set the level to CRITICAL or lower on the Alert Settings page.") with { Device = device, Path = SettingKey.SmtpRecipients.Name });
            }
        }

        foreach (var key in request.Keys.Where(k => !values.ContainsKey(k)))
        {
            values[key] = new Observed.NotSupported($"driver {TrueNasDescriptor.Id} does not manage it");
        }

        return new ReadResponse { Values = values, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => channel.DisposeAsync();

    private static HashSet<SettingKey> ServiceKeys { get; } = new HashSet<SettingKey> { SettingKey.SmtpEnabled, SettingKey.SmtpRecipients, SettingKey.AlertsMinimumSeverity };

    private static Observed ReadService(SettingKey key, IReadOnlyList<AlertService> mine) => key.Name switch
    {
        "smtp.enabled" => new Observed.Known(new BooleanValue(mine.Count > 0 && mine.All(s => s.Enabled))),
        "smtp.recipients" => new Observed.Known(new RecipientsValue([.. mine.Select(s => new Recipient(s.Email, TrueNasLevels.FromWire(s.Level)))])),
        _ => MinimumLevel(mine) is { } least ? new Observed.Known(new SeverityValue(least)) : new Observed.Absent(),
    };

    private static AlertSeverity? MinimumLevel(IReadOnlyList<AlertService> mine)
    {
        var levels = mine.Select(s => TrueNasLevels.FromWire(s.Level)).OfType<AlertSeverity>().ToList();
        return levels.Count == 0 ? null : levels.Min();
    }

    private async Task<MailConfig> ReadMailAsync(CancellationToken cancellationToken)
    {
        var answer = await CallOrThrowAsync(Methods.MailConfig, [], cancellationToken).ConfigureAwait(false);
        var cfg = MailConfig.Read(answer.Result, answer.Operation);
        channel.AddSecret(cfg.Password);
        return cfg;
    }

    private async Task<JsonElement> SystemInfoAsync(CancellationToken cancellationToken)
    {
        var answer = await CallOrThrowAsync(Methods.SystemInfo, [], cancellationToken).ConfigureAwait(false);
        if (answer.Result.ValueKind != JsonValueKind.Object)
        {
            throw new DeviceProtocolException($"{answer.Operation} at {channel.Endpoint} answered something other than an object. Check that the device is TrueNAS.") { Endpoint = channel.Endpoint, Operation = answer.Operation };
        }

        version = ParseVersion(Text(answer.Result, "version"));
        var current = version ?? (0, 0);
        services.TypeInAttributes = channel.Generation == ApiGeneration.WebSocket || current.CompareTo(TrueNasAssumptions.AttributesTypeFrom) >= 0;
        if (channel is RestChannel rest && current.CompareTo(TrueNasAssumptions.RestSendNamesFrom2510) >= 0)
        {
            rest.SendParameterNames = ("message", "config");
        }

        return answer.Result;
    }

    private async Task EnsureVersionAsync(CancellationToken cancellationToken)
    {
        if (version is null)
        {
            await SystemInfoAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TrueNasAnswer> CallOrThrowAsync(string method, System.Text.Json.Nodes.JsonArray args, CancellationToken cancellationToken)
    {
        var answer = await channel.CallAsync(method, args, cancellationToken).ConfigureAwait(false);
        return answer.Succeeded
            ? answer
            : throw new DeviceProtocolException($"{answer.Operation} at {channel.Endpoint} failed: {answer.Describe()}. Check the API key's role (it needs read and write access to mail and alert settings).") { Endpoint = channel.Endpoint, Operation = answer.Operation };
    }

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only (plan or diff); the {what} was not sent.");
        }
    }

    /// <summary>The first <c>major.minor</c> in a version text, e.g. 25.10 of <c>TrueNAS-SCALE-25.10.0</c> or 13.0 of <c>TrueNAS-13.0-U6</c>.</summary>
    /// <param name="text">The version text.</param>
    /// <returns>The version, or null.</returns>
    internal static (int Major, int Minor)? ParseVersion(string? text)
    {
        var match = text is null ? Match.Empty : VersionPattern().Match(text);
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"(\d{1,4})\.(\d{1,2})")]
    private static partial Regex VersionPattern();
}
