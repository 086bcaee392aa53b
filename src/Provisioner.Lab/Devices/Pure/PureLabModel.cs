using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.Pure;

/// <summary>
/// A simulated Pure Storage FlashArray//X20 R3 on Purity//FA 6.6 (REST 1.0–2.36; rest-ssh-apis.md §12, addendum §7):
/// <c>GET /api/api_version</c> without a session, <c>POST /api/2.x/login</c> with an <c>api-token</c> (any lab account's
/// password) answering a session token in <c>x-auth-token</c>, 401 for a bad token or an unknown or expired session
/// (<see cref="DeviceFaults.ExpireSessions"/>), <c>arrays</c>, <c>controllers</c>, <c>smtp-servers</c> (password
/// write-only), <c>alert-watchers</c> in creation order with the built-in vendor watcher that cannot be deleted, and
/// <c>alert-watchers/test</c> that really mails each watcher through the relay to the lab's SMTP capture. Refusals are
/// <c>{"errors":[…]}</c>. Write-log and fault names: the <c>smtp-servers</c> field names and <see cref="WatchersProperty"/>.
/// </summary>
public sealed partial class PureLabModel : IHttpSimulatedDevice
{
    /// <summary>The write-log and fault name of watcher creates, changes and deletes.</summary>
    public const string WatchersProperty = "alert-watchers";

    private static readonly string[] ApiVersions = ["1.0", "1.19", "2.0", "2.4", "2.21", "2.33", "2.36"];
    private readonly IReadOnlyList<LabHttpAccount> accounts;
    private readonly TimeProvider time;
    private readonly LabTestMailer mailer;
    private readonly ConcurrentDictionary<string, string> sessions = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private PureLabSmtp smtp = PureLabSmtp.Initial;
    private List<PureLabWatcher> watchers = [new(PureLabWatcher.Vendor, true)];

    /// <summary>Creates the model in a new array's state.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public PureLabModel(LabModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        accounts = context.Spec.HttpAccounts;
        Faults = context.Faults;
        time = context.Time;
        mailer = new LabTestMailer(context.Relays);
        Name = context.Name;
        Faults.SessionsExpired += (_, _) => sessions.Clear();
    }

    /// <inheritdoc/>
    public DeviceFaults Faults { get; }

    /// <inheritdoc/>
    public LabHttpWriteLog WriteLog { get; } = new();

    /// <summary>The array name.</summary>
    public string Name { get; }

    /// <summary>How many sessions are open.</summary>
    public int OpenSessions => sessions.Count;

    /// <summary>How many logins the array accepted.</summary>
    public int Logins { get; private set; }

    /// <summary>The stored SMTP settings (password included).</summary>
    public PureLabSmtp Smtp
    {
        get
        {
            lock (gate)
            {
                return smtp;
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (gate)
            {
                smtp = value;
            }
        }
    }

    /// <summary>The stored watchers in creation order, the vendor's included.</summary>
    public IReadOnlyList<PureLabWatcher> Watchers
    {
        get
        {
            lock (gate)
            {
                return [.. watchers];
            }
        }
    }

    /// <inheritdoc/>
    public Task WhenIdleAsync() => mailer.WhenIdleAsync();

    /// <inheritdoc/>
    public async ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.TrimEnd('/');
        if (path == "/api/api_version")
        {
            return LabHttpResponse.Json(200, new JsonObject { ["version"] = new JsonArray([.. ApiVersions.Select(v => (JsonNode)v)]) });
        }

        var parts = path.Split('/', 4);
        if (parts.Length < 4 || parts[1] != "api" || !parts[2].StartsWith("2.", StringComparison.Ordinal))
        {
            return PureLabErrors.Error(404, path, "Not found.");
        }

        var resource = parts[3];
        if (resource == "login" && request.Method == "POST")
        {
            return Login(request);
        }

        if (request.Header("x-auth-token") is not { } token || !sessions.ContainsKey(token))
        {
            return PureLabErrors.Error(401, resource, "Authentication failed: the session is missing or has expired.");
        }

        return (resource, request.Method) switch
        {
            ("logout", "POST") => Logout(token),
            ("arrays", "GET") => PureLabErrors.Items([new JsonObject { ["name"] = Name, ["id"] = ArrayId(), ["os"] = "Purity//FA", ["version"] = "6.6.10" }]),
            ("controllers", "GET") => PureLabErrors.Items([Controller("CT0", "primary"), Controller("CT1", "secondary")]),
            ("smtp-servers", "GET") => PureLabErrors.Items([Smtp.ToJson()]),
            ("smtp-servers", "PATCH") => PatchSmtp(request),
            ("alert-watchers", _) => WatchersRoute(request),
            ("alert-watchers/test", "GET") => await TestAsync(request).ConfigureAwait(false),
            _ => PureLabErrors.Error(405, resource, $"{request.Method} is not supported on {resource}."),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ExportState()
    {
        lock (gate)
        {
            return [new JsonObject { ["smtp"] = smtp.Export(), ["watchers"] = new JsonArray([.. watchers.Select(w => (JsonNode)w.ToJson())]) }.ToJsonString()];
        }
    }

    /// <inheritdoc/>
    public void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count != 1)
        {
            throw new FormatException($"A FlashArray lab state is one line, not {lines.Count}.");
        }

        try
        {
            var root = JsonNode.Parse(lines[0]) as JsonObject ?? throw new FormatException("The line is not a FlashArray lab state.");
            var settings = PureLabSmtp.From(root["smtp"]);
            var list = (root["watchers"] as JsonArray ?? throw new FormatException("watchers is missing.")).Select(PureLabWatcher.From).ToList();
            lock (gate)
            {
                (smtp, watchers) = (settings, list);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("The line is not a FlashArray lab state.", ex);
        }
    }

    private static JsonObject Controller(string name, string mode) => new() { ["name"] = name, ["mode"] = mode, ["model"] = "FA-X20R3", ["version"] = "6.6.10", ["status"] = "ready" };

    private string ArrayId() => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(Name)).AsSpan(0, 16)).ToString();

    private LabHttpResponse Login(LabHttpRequest request)
    {
        var token = request.Header("api-token") ?? string.Empty;
        var account = accounts.FirstOrDefault(a => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a.Password), Encoding.UTF8.GetBytes(token)));
        if (account is null)
        {
            return PureLabErrors.Error(401, "login", "Invalid API token.");
        }

        var session = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        sessions[session] = account.User;
        Logins++;
        return PureLabErrors.Items([new JsonObject { ["username"] = account.User }]).WithHeader("x-auth-token", session);
    }

    private LabHttpResponse Logout(string token)
    {
        sessions.TryRemove(token, out _);
        return LabHttpResponse.Json(200, new JsonObject());
    }

    private void Log(string name, string value, bool stored) => WriteLog.Add(new LabHttpWrite(time.GetUtcNow(), name, value, stored));

    private static JsonObject? ParseBody(LabHttpRequest request)
    {
        try
        {
            return JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyList<string> Names(LabHttpRequest request) =>
        [.. request.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == "names").SelectMany(p => Uri.UnescapeDataString(p[1]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
