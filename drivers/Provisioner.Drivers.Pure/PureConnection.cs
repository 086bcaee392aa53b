using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Pure;

/// <summary>
/// The HTTPS client of one FlashArray and its REST 2.x session: the newest 2.x version the array offers
/// (<c>GET /api/api_version</c>), <c>POST /api/&lt;v&gt;/login</c> with the <c>api-token</c> header, then the session's
/// <c>x-auth-token</c> on every call (addendum §7). A call answered 401 after the login (the session expired) logs in
/// again once and is sent again; <c>POST logout</c> at dispose, also when the work failed.
/// </summary>
internal sealed class PureConnection : IAsyncDisposable
{
    private readonly DeviceHttpClient client;
    private readonly string token;
    private readonly List<string> secrets = [];
    private bool loggedIn;

    private PureConnection(DeviceHttpClient client, string token, Version version)
    {
        this.client = client;
        this.token = token;
        Version = version;
        secrets.Add(token);
        client.AddSecret(new Secret(token));
    }

    /// <summary>The REST version in use, e.g. 2.33.</summary>
    public Version Version { get; }

    /// <summary>The endpoint for messages.</summary>
    public string Endpoint => client.Endpoint;

    /// <summary>How many times the work logged in again after an expired session.</summary>
    public int Relogins { get; private set; }

    /// <summary>Connects, picks the API version and logs in.</summary>
    /// <param name="request">The open request.</param>
    /// <param name="options">The HTTPS options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The logged-in connection.</returns>
    public static async Task<PureConnection> OpenAsync(OpenRequest request, DeviceHttpClientOptions options, CancellationToken cancellationToken)
    {
        if ((request.Credentials.Http?.Token ?? request.Credentials.Http?.Password) is not { } reference)
        {
            throw new DeviceAuthenticationException($"{request.DeviceName}: the credential set '{request.Credentials.Name}' has no HTTP token (or password holding the API token); FlashArray REST 2.x logs in with an API token.") { Endpoint = request.Endpoint, Operation = "POST /api/2.x/login" };
        }

        var token = request.Secrets.Resolve(reference).Reveal();
        var client = DeviceHttpClientFactory.Create(request, options);
        try
        {
            var version = await NewestVersionAsync(client, cancellationToken).ConfigureAwait(false);
            var connection = new PureConnection(client, token, version);
            await connection.LoginAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Registers a secret sent in a body (the SMTP password), so device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret)
    {
        secrets.Add(secret.Reveal());
        client.AddSecret(secret);
    }

    /// <summary>Sends one call to <c>/api/&lt;version&gt;/&lt;path&gt;</c>; an expired session is replaced once.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path after the version, with query.</param>
    /// <param name="body">The JSON body, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="DeviceProtocolException">A refusal without <c>errors</c>.</exception>
    public async Task<PureAnswer> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var full = $"/api/{Version.ToString(2)}/{path}";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var answer = await client.SendAsync(method, full, body?.ToJsonString(), null, cancellationToken).ConfigureAwait(false);
                if (answer.StatusCode is >= 200 and < 300)
                {
                    return new PureAnswer(answer, null);
                }

                return PureError.Parse(answer.Body, Scrub) is { } error
                    ? new PureAnswer(answer, error)
                    : throw new DeviceProtocolException($"{answer.Operation} at {Endpoint} answered HTTP {answer.StatusCode} without an errors list. Check that the device is a FlashArray with REST 2.x.") { Endpoint = Endpoint, Operation = answer.Operation };
            }
            catch (DeviceAuthenticationException) when (attempt < PureAssumptions.ReloginAttempts && loggedIn)
            {
                loggedIn = false;
                await LoginAsync(cancellationToken).ConfigureAwait(false);
                Relogins++;
            }
        }
    }

    /// <summary>Reads the items of a resource that must answer.</summary>
    /// <param name="path">The path after the version.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The items.</returns>
    public async Task<IReadOnlyList<JsonElement>> GetItemsAsync(string path, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return answer.Error is { } error
            ? throw new DeviceProtocolException($"{answer.Http.Operation} at {Endpoint} was refused: {error}. Check the API token's role (array_admin or storage_admin).") { Endpoint = Endpoint, Operation = answer.Http.Operation }
            : answer.Items();
    }

    /// <summary>Removes the secrets this connection sent from device text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with each secret replaced by <c>***</c>.</returns>
    public string Scrub(string text) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (t, s) => t.Replace(s, "***", StringComparison.Ordinal));

    /// <summary>Logs out (a failure is ignored: the session ends by itself), then closes the client.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (loggedIn)
            {
                await client.SendAsync(HttpMethod.Post, $"/api/{Version.ToString(2)}/{Endpoints.Logout}", null, null, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (DeviceException)
        {
            // The session times out on the array anyway; a failed logout changes nothing the run reports.
        }
        finally
        {
            client.Dispose();
        }
    }

    private static async Task<Version> NewestVersionAsync(DeviceHttpClient client, CancellationToken cancellationToken)
    {
        var answer = await client.SendAsync(HttpMethod.Get, Endpoints.ApiVersion, null, null, cancellationToken).ConfigureAwait(false);
        var json = answer.StatusCode == 200 ? answer.ReadJson() : default;
        var versions = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("version", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(v => Version.TryParse(v.GetString(), out var parsed) ? parsed : null).OfType<Version>().Where(v => v.Major == 2).ToList()
            : [];
        var newest = versions.Count > 0 ? versions.Max()! : null;
        return newest is not null && newest >= Endpoints.Minimum
            ? newest
            : throw new DeviceProtocolException(string.Create(CultureInfo.InvariantCulture, $"GET {Endpoints.ApiVersion} at {client.Endpoint} offers no REST 2.x version of {Endpoints.Minimum} or later. Check that the device is a FlashArray on Purity//FA 6.1 or later.")) { Endpoint = client.Endpoint, Operation = "GET " + Endpoints.ApiVersion };
    }

    private async Task LoginAsync(CancellationToken cancellationToken)
    {
        var answer = await client.SendAsync(HttpMethod.Post, $"/api/{Version.ToString(2)}/{Endpoints.Login}", null, new Dictionary<string, string> { [Endpoints.ApiTokenHeader] = token }, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode is not (>= 200 and < 300) || answer.Header(Endpoints.AuthTokenHeader) is not { Length: > 0 } session)
        {
            var detail = PureError.Parse(answer.Body, Scrub)?.Message ?? $"HTTP {answer.StatusCode} without an {Endpoints.AuthTokenHeader} header";
            throw new DeviceAuthenticationException($"{answer.Operation} at {Endpoint} did not open a session: {detail}. Check the API token of the device's HTTP credentials.") { Endpoint = Endpoint, Operation = answer.Operation };
        }

        client.SetSecretHeader(Endpoints.AuthTokenHeader, session);
        secrets.Add(session);
        loggedIn = true;
    }
}
