using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// The HTTPS client of one iDRAC with its Redfish login session. A call refused with 401/403 while the session
/// is open (the iDRAC expired or dropped it) logs in again once and is repeated once; a second refusal is the
/// <see cref="DeviceAuthenticationException"/>. The session is deleted at dispose, also after a failure.
/// </summary>
internal sealed class IdracConnection : IAsyncDisposable
{
    private readonly DeviceHttpClient client;
    private readonly string user;
    private readonly Secret password;
    private RedfishSession session;

    private IdracConnection(DeviceHttpClient client, RedfishSession session, string user, Secret password)
    {
        this.client = client;
        this.session = session;
        this.user = user;
        this.password = password;
    }

    /// <summary>The device's endpoint, e.g. <c>https://127.0.0.1:8443</c>.</summary>
    public string Endpoint => client.Endpoint;

    /// <summary>How many times the session was renewed after the device dropped it.</summary>
    public int Renewals { get; private set; }

    /// <summary>Connects and logs in.</summary>
    /// <param name="request">The open request.</param>
    /// <param name="options">The HTTPS options.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>The connection.</returns>
    /// <exception cref="DeviceAuthenticationException">The iDRAC refused the credentials, or none are given.</exception>
    public static async Task<IdracConnection> OpenAsync(OpenRequest request, DeviceHttpClientOptions options, CancellationToken cancellationToken)
    {
        var http = request.Credentials.Http;
        if (http?.User is not { Length: > 0 } user || http.Password is not { } reference)
        {
            throw new DeviceAuthenticationException($"{request.DeviceName} ({request.Endpoint}) has no HTTP user and password in its credential set; the iDRAC needs both for a Redfish session.") { Endpoint = request.Endpoint, Operation = "login" };
        }

        var password = request.Secrets.Resolve(reference);
        var client = DeviceHttpClientFactory.Create(request, options);
        try
        {
            var session = await RedfishSession.OpenAsync(client, user, password, cancellationToken).ConfigureAwait(false);
            return new IdracConnection(client, session, user, password);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Sends one call; a 401/403 renews the session once and repeats the call once.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <param name="jsonBody">The body, or null.</param>
    /// <param name="headers">Headers for this call (e.g. <c>If-Match</c>), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public async Task<HttpAnswer> SendAsync(HttpMethod method, string path, string? jsonBody, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(method, path, jsonBody, headers, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceAuthenticationException)
        {
            await session.DisposeAsync().ConfigureAwait(false);
            session = await RedfishSession.OpenAsync(client, user, password, cancellationToken).ConfigureAwait(false);
            Renewals++;
            return await client.SendAsync(method, path, jsonBody, headers, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Registers a secret sent in a body (the SMTP password), so device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret) => client.AddSecret(secret);

    /// <summary>A GET.</summary>
    /// <param name="path">The path.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<HttpAnswer> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    /// <summary>Deletes the session and closes the client.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            client.Dispose();
        }
    }
}
