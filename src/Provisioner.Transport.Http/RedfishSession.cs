using System.Net.Http;
using System.Text;
using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// A Redfish login session: <c>POST /redfish/v1/SessionService/Sessions</c> with the user name and password,
/// the <c>X-Auth-Token</c> answered sent on every later call of the client, and the session resource
/// (<c>Location</c>) deleted at dispose, also when the device's work failed, so BMCs do not run out of
/// session slots. Use with <c>await using</c>.
/// </summary>
public sealed class RedfishSession : IAsyncDisposable
{
    /// <summary>The session collection's path.</summary>
    public const string SessionsPath = "/redfish/v1/SessionService/Sessions";

    private const string TokenHeader = "X-Auth-Token";
    private readonly DeviceHttpClient client;
    private int disposed;

    private RedfishSession(DeviceHttpClient client, string location)
    {
        this.client = client;
        Location = location;
    }

    /// <summary>The session resource's path, e.g. <c>/redfish/v1/SessionService/Sessions/7</c>.</summary>
    public string Location { get; }

    /// <summary>Why the logout at dispose failed, or null when it succeeded or has not run. The device expires the session itself.</summary>
    public DeviceException? LogoutFailure { get; private set; }

    /// <summary>Logs in and makes <paramref name="client"/> send the session token.</summary>
    /// <param name="client">The device's client.</param>
    /// <param name="userName">The user.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>The open session.</returns>
    /// <exception cref="DeviceAuthenticationException">The device refused the credentials.</exception>
    /// <exception cref="DeviceProtocolException">The answer lacks <c>X-Auth-Token</c> or <c>Location</c>, or has another status.</exception>
    public static async Task<RedfishSession> OpenAsync(DeviceHttpClient client, string userName, Secret password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        client.AddSecret(password);
        var answer = await client.SendAsync(HttpMethod.Post, SessionsPath, LoginBody(userName, password), cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode is not (200 or 201))
        {
            answer.Interpret();
            throw new DeviceProtocolException($"{answer.Operation} at {client.Endpoint} answered HTTP {answer.StatusCode} instead of 201 Created. Check that the device offers Redfish sessions.") { Endpoint = client.Endpoint, Operation = answer.Operation };
        }

        var token = answer.Header(TokenHeader);
        var location = answer.Header("Location");
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(location))
        {
            throw new DeviceProtocolException($"{answer.Operation} at {client.Endpoint} created a session without {(string.IsNullOrEmpty(token) ? "an X-Auth-Token" : "a Location")} header. Check that the device offers Redfish sessions.") { Endpoint = client.Endpoint, Operation = answer.Operation };
        }

        client.SetSecretHeader(TokenHeader, token);
        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : location;
        return new RedfishSession(client, path);
    }

    /// <summary>Deletes the session on the device and stops sending its token; a failure is kept in <see cref="LogoutFailure"/>.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            var answer = await client.SendAsync(HttpMethod.Delete, Location).ConfigureAwait(false);
            if (answer.StatusCode is not (>= 200 and < 300 or 404))
            {
                LogoutFailure = new DeviceProtocolException($"{answer.Operation} at {client.Endpoint} answered HTTP {answer.StatusCode}; the session stays open until the device expires it.") { Endpoint = client.Endpoint, Operation = answer.Operation };
            }
        }
        catch (DeviceException ex)
        {
            LogoutFailure = ex;
        }
        finally
        {
            client.RemoveHeader(TokenHeader);
        }
    }

    private static string LoginBody(string userName, Secret password)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("UserName", userName);
            writer.WriteString("Password", password.Reveal());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
