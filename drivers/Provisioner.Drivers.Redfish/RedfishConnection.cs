using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>
/// The device's client with its login session. A 401 in the middle of the work (the BMC expired the
/// session) logs in again once and repeats the call: a 401 means the service did not act on it. A second
/// 401, or a refused login, is the <see cref="DeviceAuthenticationException"/> the engine reports as
/// <c>auth-failed</c>. Disposing deletes the session and closes the client, also after a failure.
/// </summary>
internal sealed class RedfishConnection : IAsyncDisposable
{
    private int writes;

    private readonly DeviceHttpClient client;
    private readonly string user;
    private readonly Secret password;
    private RedfishSession? session;
    private bool relogged;

    private RedfishConnection(DeviceHttpClient client, string user, Secret password)
    {
        this.client = client;
        this.user = user;
        this.password = password;
    }

    /// <summary>The endpoint for messages.</summary>
    public string Endpoint => client.Endpoint;

    /// <summary>How many times the connection logged in (1, or 2 after an expired session).</summary>
    public int Logins { get; private set; }

    /// <summary>Logs in; on failure the client is disposed before the exception leaves.</summary>
    /// <param name="client">The device's client; the connection owns it.</param>
    /// <param name="user">The user.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>The connection.</returns>
    public static async Task<RedfishConnection> OpenAsync(DeviceHttpClient client, string user, Secret password, CancellationToken cancellationToken)
    {
        var connection = new RedfishConnection(client, user, password);
        try
        {
            await connection.LoginAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>How many calls other than GET were sent (attempted) so far: a read taken at a lower count may be stale.</summary>
    public int Writes => Volatile.Read(ref writes);

    /// <summary>Sends a call with the session token; an expired session is renewed once.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <param name="json">The JSON body, or null.</param>
    /// <param name="headers">Headers for this call (e.g. <c>If-Match</c>), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public async Task<HttpAnswer> SendAsync(HttpMethod method, string path, string? json, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        if (method != HttpMethod.Get)
        {
            Interlocked.Increment(ref writes);
        }

        try
        {
            return await client.SendAsync(method, path, json, headers, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceAuthenticationException) when (!relogged)
        {
            relogged = true;
            await EndSessionAsync().ConfigureAwait(false);
            await LoginAsync(cancellationToken).ConfigureAwait(false);
            return await client.SendAsync(method, path, json, headers, cancellationToken).ConfigureAwait(false);
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

    /// <summary>A GET of an unauthenticated resource (the service root), without a session.</summary>
    /// <param name="path">The path.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<HttpAnswer> GetPublicAsync(string path, CancellationToken cancellationToken) => client.SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await EndSessionAsync().ConfigureAwait(false);
        client.Dispose();
    }

    private async Task LoginAsync(CancellationToken cancellationToken)
    {
        session = await RedfishSession.OpenAsync(client, user, password, cancellationToken).ConfigureAwait(false);
        Logins++;
    }

    private async Task EndSessionAsync()
    {
        if (session is { } open)
        {
            session = null;
            await open.DisposeAsync().ConfigureAwait(false);
        }
    }
}
