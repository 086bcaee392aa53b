using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// A Redfish SessionService as BMCs run it: <c>POST /redfish/v1/SessionService/Sessions</c> with
/// <c>UserName</c>/<c>Password</c> answers 201 with <c>X-Auth-Token</c> and <c>Location</c>; later calls carry the
/// token or HTTP Basic; <c>DELETE</c> of the Location logs out. A BMC holds few sessions
/// (<see cref="Limit"/>; more is 503 SessionLimitExceeded), and the "expired session" fault forgets them all.
/// </summary>
public sealed class RedfishLabSessions
{
    /// <summary>The session collection's path.</summary>
    public const string CollectionPath = "/redfish/v1/SessionService/Sessions";

    private readonly IReadOnlyList<LabHttpAccount> accounts;
    private readonly ConcurrentDictionary<string, (string Token, string User)> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> issued = new();
    private int nextId;

    /// <summary>Creates the service.</summary>
    /// <param name="accounts">The users the device accepts.</param>
    /// <param name="faults">The device's faults (their <see cref="DeviceFaults.SessionsExpired"/> empties the sessions).</param>
    public RedfishLabSessions(IReadOnlyList<LabHttpAccount> accounts, DeviceFaults faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        this.accounts = accounts;
        faults.SessionsExpired += (_, _) => sessions.Clear();
    }

    /// <summary>How many sessions the device holds at once.</summary>
    public int Limit { get; init; } = 16;

    /// <summary>The sessions open now.</summary>
    public int OpenCount => sessions.Count;

    /// <summary>How many sessions were ever created.</summary>
    public int CreatedCount => Volatile.Read(ref nextId);

    /// <summary>Every session token the service ever issued, also those of sessions since deleted (so tests can look for them where no token may appear).</summary>
    public IReadOnlyList<string> IssuedTokens => [.. issued];

    /// <summary>Whether the request carries a live session token or valid Basic credentials.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when authenticated.</returns>
    public bool IsAuthenticated(LabHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Header("X-Auth-Token") is { Length: > 0 } token)
        {
            return sessions.Values.Any(s => FixedEquals(s.Token, token));
        }

        if (request.Header("Authorization") is { } auth && auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 && Accepts(pair[..colon], pair[(colon + 1)..]);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Handles a request to the session collection or one session; null when the path is not the SessionService's.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The answer, or null.</returns>
    public LabHttpResponse? TryHandle(LabHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.TrimEnd('/');
        if (string.Equals(path, CollectionPath, StringComparison.OrdinalIgnoreCase))
        {
            return request.Method switch
            {
                "POST" => Login(request.Body),
                "GET" => IsAuthenticated(request) ? Collection() : RedfishLabErrors.NoValidSession(),
                _ => RedfishLabErrors.MethodNotAllowed(request.Method, path),
            };
        }

        if (!path.StartsWith(CollectionPath + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = path[(CollectionPath.Length + 1)..];
        if (!IsAuthenticated(request))
        {
            return RedfishLabErrors.NoValidSession();
        }

        return request.Method switch
        {
            "DELETE" => sessions.TryRemove(id, out _) ? LabHttpResponse.Empty(204) : RedfishLabErrors.NotFound(path),
            "GET" => sessions.TryGetValue(id, out var s) ? LabHttpResponse.Json(200, Session(id, s.User)) : RedfishLabErrors.NotFound(path),
            _ => RedfishLabErrors.MethodNotAllowed(request.Method, path),
        };
    }

    private LabHttpResponse Login(string body)
    {
        string? user;
        string? password;
        try
        {
            var node = JsonNode.Parse(body) as JsonObject;
            user = node?["UserName"]?.GetValue<string>();
            password = node?["Password"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return RedfishLabErrors.MalformedJson();
        }

        if (user is null || password is null)
        {
            return RedfishLabErrors.Error(400, "Base.1.15.PropertyMissing", "The property UserName or Password is a required property and must be included in the request.", "Ensure that the property is in the request body and has a valid value and resubmit the request if the operation failed.", "#/UserName", "#/Password");
        }

        if (!Accepts(user, password))
        {
            return RedfishLabErrors.Error(401, "Base.1.15.NoValidSession", "There is no valid session established with the implementation.", "Establish a session before attempting any operations.");
        }

        if (sessions.Count >= Limit)
        {
            return RedfishLabErrors.Error(503, "Base.1.15.SessionLimitExceeded", "The session establishment failed due to the number of simultaneous sessions exceeding the limit of the implementation.", "Reduce the number of other sessions before trying to establish the session or increase the limit of simultaneous sessions (if supported).");
        }

        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        sessions[id] = (token, user);
        issued.Enqueue(token);
        return LabHttpResponse.Json(201, Session(id, user))
            .WithHeader("X-Auth-Token", token)
            .WithHeader("Location", $"{CollectionPath}/{id}");
    }

    private LabHttpResponse Collection() => LabHttpResponse.Json(200, new JsonObject
    {
        ["@odata.id"] = CollectionPath,
        ["@odata.type"] = "#SessionCollection.SessionCollection",
        ["Name"] = "Session Collection",
        ["Members"] = new JsonArray([.. sessions.Keys.Order(StringComparer.Ordinal).Select(k => (JsonNode)new JsonObject { ["@odata.id"] = $"{CollectionPath}/{k}" })]),
        ["Members@odata.count"] = sessions.Count,
    });

    private static JsonObject Session(string id, string user) => new()
    {
        ["@odata.id"] = $"{CollectionPath}/{id}",
        ["@odata.type"] = "#Session.v1_7_0.Session",
        ["Id"] = id,
        ["Name"] = "User Session",
        ["UserName"] = user,
        ["Password"] = null,
    };

    private bool Accepts(string user, string password) =>
        accounts.Any(a => string.Equals(a.User, user, StringComparison.Ordinal) && FixedEquals(a.Password, password));

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
