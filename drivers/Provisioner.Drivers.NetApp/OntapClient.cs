using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// The HTTPS client of one cluster with HTTP Basic on every call (rest-ssh-apis.md §5): no login round trip, no
/// session to expire. ONTAP answers refusals with any 4xx or 5xx and its <c>{"error":{…}}</c> object; the client reads
/// that object whatever the status, so the driver never decides by the status alone.
/// </summary>
internal sealed class OntapClient : IDisposable
{
    private readonly DeviceHttpClient http;
    private readonly List<string> secrets = [];

    /// <summary>Creates the client and sets the Basic header (a secret header: never in a message).</summary>
    /// <param name="http">The device's HTTPS client; this client disposes it.</param>
    /// <param name="user">The user.</param>
    /// <param name="password">The password.</param>
    public OntapClient(DeviceHttpClient http, string user, Secret password)
    {
        this.http = http;
        var revealed = password.Reveal();
        secrets.Add(revealed);
        http.SetSecretHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{revealed}")));
    }

    /// <summary>The endpoint for messages.</summary>
    public string Endpoint => http.Endpoint;

    /// <summary>Sends one call and reads ONTAP's error object when it refused.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path and query.</param>
    /// <param name="body">The JSON body, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="DeviceProtocolException">A refusal without ONTAP's error object.</exception>
    public async Task<OntapAnswer> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var answer = await http.SendAsync(method, path, body?.ToJsonString(), null, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode is >= 200 and < 300)
        {
            return new OntapAnswer(answer, null);
        }

        return OntapError.Parse(answer.Body, Scrub) is { } error
            ? new OntapAnswer(answer, error)
            : throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered HTTP {answer.StatusCode} without ONTAP's error object. Check that the device is an ONTAP 9.6 or later cluster management address.") { Endpoint = answer.Endpoint, Operation = answer.Operation };
    }

    /// <summary>Reads a resource that must exist.</summary>
    /// <param name="path">The path and query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The JSON body.</returns>
    /// <exception cref="DeviceProtocolException">ONTAP refused the read.</exception>
    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            throw new DeviceProtocolException($"{answer.Operation} at {Endpoint} was refused: {error}. Check that the account has the admin role on the cluster (not an SVM) and that the cluster runs ONTAP 9.6 or later.") { Endpoint = Endpoint, Operation = answer.Operation };
        }

        var json = answer.Json();
        return json.ValueKind == JsonValueKind.Object
            ? json
            : throw new DeviceProtocolException($"{answer.Operation} at {Endpoint} answered something other than a JSON object.") { Endpoint = Endpoint, Operation = answer.Operation };
    }

    /// <summary>Removes the secrets this client sent from device text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with each secret replaced by <c>***</c>.</returns>
    public string Scrub(string text) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (t, s) => t.Replace(s, "***", StringComparison.Ordinal));

    /// <inheritdoc/>
    public void Dispose() => http.Dispose();
}
