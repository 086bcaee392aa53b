using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// The HTTPS client of one iLO and its Redfish login session (<c>X-Auth-Token</c>). A call refused with 401/403
/// after the login (the session expired) logs in again once and is sent again; the session is deleted at
/// dispose, also when the work failed.
/// </summary>
internal sealed class IloConnection : IAsyncDisposable
{
    private readonly DeviceHttpClient client;
    private readonly string user;
    private readonly Secret password;
    private RedfishSession? session;

    private IloConnection(DeviceHttpClient client, string user, Secret password)
    {
        this.client = client;
        this.user = user;
        this.password = password;
    }

    /// <summary>The endpoint for messages, e.g. <c>https://127.0.0.1:8443</c>.</summary>
    public string Endpoint => client.Endpoint;

    /// <summary>How many times the work logged in again after an expired session.</summary>
    public int Relogins { get; private set; }

    /// <summary>Connects and logs in.</summary>
    /// <param name="request">The open request.</param>
    /// <param name="options">The HTTPS options.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>The logged-in connection.</returns>
    public static async Task<IloConnection> OpenAsync(OpenRequest request, DeviceHttpClientOptions options, CancellationToken cancellationToken)
    {
        if (request.Credentials.Http is not { User: { Length: > 0 } user, Password: { } reference })
        {
            throw new DeviceAuthenticationException($"{request.DeviceName}: the credential set '{request.Credentials.Name}' has no HTTP user and password; iLO Redfish logins need both.")
            {
                Endpoint = request.Endpoint,
                Operation = $"POST {RedfishSession.SessionsPath}",
            };
        }

        var password = request.Secrets.Resolve(reference);
        var client = DeviceHttpClientFactory.Create(request, options);
        var connection = new IloConnection(client, user, password);
        try
        {
            connection.session = await RedfishSession.OpenAsync(client, user, password, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Registers a secret sent in a body, so that device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret) => client.AddSecret(secret);

    /// <summary>Sends one call; an expired session is replaced once.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <param name="body">The JSON body, or null.</param>
    /// <param name="headers">Headers for this call, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public async Task<HttpAnswer> SendAsync(HttpMethod method, string path, string? body, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await client.SendAsync(method, path, body, headers, cancellationToken).ConfigureAwait(false);
            }
            catch (DeviceAuthenticationException) when (attempt < IloAssumptions.ReloginAttempts && session is not null)
            {
                // A 401/403 on a call is not retried by the transport and means nothing was processed: the
                // session has gone (idle timeout, iLO reset). Log out what is left of it and log in again.
                await session.DisposeAsync().ConfigureAwait(false);
                session = null;
                session = await RedfishSession.OpenAsync(client, user, password, cancellationToken).ConfigureAwait(false);
                Relogins++;
            }
        }
    }

    /// <summary>Deletes the session, then closes the client.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (session is not null)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            client.Dispose();
        }
    }
}
