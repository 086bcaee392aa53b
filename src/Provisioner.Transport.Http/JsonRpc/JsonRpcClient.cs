using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.JsonRpc;

/// <summary>
/// A JSON-RPC client over a <see cref="DeviceHttpClient"/> as Raritan's JSON-RPC SDK speaks it
/// (<c>pdu-python-api/raritan/rpc/Agent.py</c>): <c>POST /&lt;resource&gt;</c> with
/// <c>{"method":…,"params":{named arguments},"id":n}</c> and no <c>"jsonrpc"</c> member (the SDK sends none,
/// so neither does this client); the answer is <c>{"result":{"_ret_":…, out parameters…}}</c> or
/// <c>{"error":{"code","message"}}</c>. Authentication is HTTP Basic on every call (<see cref="UseBasic"/>) or a
/// session token in <c>X-SessionToken</c> (<see cref="UseSessionToken"/>); both headers are secret headers.
/// </summary>
/// <param name="client">The device's HTTPS client; the caller owns it.</param>
public sealed class JsonRpcClient(DeviceHttpClient client)
{
    /// <summary>The result member holding a method's return value.</summary>
    public const string ReturnMember = "_ret_";

    /// <summary>The header carrying a session token from <c>/session</c> <c>newSession</c>.</summary>
    public const string SessionTokenHeader = "X-SessionToken";

    private readonly SecretScrubber scrubber = new();
    private int nextId;

    /// <summary>The device endpoint, for messages.</summary>
    public string Endpoint => client.Endpoint;

    /// <summary>Authenticates every later call with HTTP Basic (the header is a secret header).</summary>
    /// <param name="user">The user.</param>
    /// <param name="password">The password.</param>
    public void UseBasic(string user, Secret password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        scrubber.Add(password.Reveal());
        client.AddSecret(password);
        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password.Reveal()}"));
        scrubber.Add(pair);
        client.SetSecretHeader("Authorization", "Basic " + pair);
    }

    /// <summary>Authenticates every later call with a session token instead (the header is a secret header).</summary>
    /// <param name="token">The token.</param>
    public void UseSessionToken(Secret token)
    {
        ArgumentNullException.ThrowIfNull(token);
        scrubber.Add(token.Reveal());
        client.RemoveHeader("Authorization");
        client.SetSecretHeader(SessionTokenHeader, token.Reveal());
    }

    /// <summary>Registers a secret the caller sends in parameters (e.g. an SMTP password) so device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        scrubber.Add(secret.Reveal());
        client.AddSecret(secret);
    }

    /// <summary>Device text from a result (e.g. a test's status message) with this client's secrets replaced by <c>[redacted]</c>.</summary>
    /// <param name="text">The device text.</param>
    /// <returns>The scrubbed text.</returns>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return scrubber.Scrub(text);
    }

    /// <summary>Calls one method.</summary>
    /// <param name="resource">The resource path, e.g. <c>/smtp</c>.</param>
    /// <param name="method">The method, e.g. <c>getConfiguration</c>.</param>
    /// <param name="parameters">The named arguments, or null for none (sent as <c>{}</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result or the JSON-RPC error.</returns>
    /// <exception cref="DeviceAuthenticationException">HTTP 401 or 403.</exception>
    /// <exception cref="DeviceProtocolException">Not HTTP 200, or a body that is neither a result nor an error object.</exception>
    public async Task<JsonRpcOutcome> CallAsync(string resource, string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        ArgumentException.ThrowIfNullOrEmpty(method);
        var id = Interlocked.Increment(ref nextId);
        var request = new JsonObject { ["method"] = method, ["params"] = parameters ?? [], ["id"] = id };
        var operation = $"{resource} {method}";
        var answer = await client.SendAsync(HttpMethod.Post, resource, request.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode != 200)
        {
            throw Malformed(operation, $"answered HTTP {answer.StatusCode} instead of 200", answer.StatusCode == 404 ? "The device does not offer this resource; check the firmware version." : "Check that the address is a Raritan PDU's JSON-RPC API.");
        }

        JsonElement root;
        try
        {
            root = answer.ReadJson();
        }
        catch (DeviceProtocolException)
        {
            throw Malformed(operation, "answered a body that is not JSON", "Check that the address is a Raritan PDU's JSON-RPC API.");
        }

        return Interpret(operation, root);
    }

    /// <summary>Calls one method and insists on a result.</summary>
    /// <param name="resource">The resource path.</param>
    /// <param name="method">The method.</param>
    /// <param name="parameters">The named arguments, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="DeviceProtocolException">The device answered a JSON-RPC error or a malformed body.</exception>
    public async Task<JsonRpcResult> InvokeAsync(string resource, string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var outcome = await CallAsync(resource, method, parameters, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            JsonRpcResult result => result,
            JsonRpcError error => throw new DeviceProtocolException($"{error.Operation} at {Endpoint} failed with JSON-RPC error {error.Code.ToString(CultureInfo.InvariantCulture)}: {error.Message}. The device did not run the method; check the firmware's interface version.") { Endpoint = Endpoint, Operation = error.Operation },
            _ => throw new InvalidOperationException("Unknown JSON-RPC outcome."),
        };
    }

    private JsonRpcOutcome Interpret(string operation, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(operation, "answered JSON that is not an object", "Check that the address is a Raritan PDU's JSON-RPC API.");
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
        {
            if (error.ValueKind != JsonValueKind.Object
                || !error.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.Number || !code.TryGetInt32(out var number)
                || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
            {
                throw Malformed(operation, "answered an error object without an integer code and a message", "The device's JSON-RPC answer is malformed.");
            }

            return new JsonRpcError(operation, number, scrubber.Scrub(message.GetString()!));
        }

        if (!root.TryGetProperty("result", out var result))
        {
            throw Malformed(operation, "answered neither a result nor an error", "The device's JSON-RPC answer is malformed.");
        }

        if (result.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(operation, "answered a result that is not an object", "Raritan results carry the return value under _ret_; the answer is malformed.");
        }

        return new JsonRpcResult(operation, result);
    }

    private DeviceProtocolException Malformed(string operation, string what, string advice) =>
        new($"{operation} at {Endpoint} {what}. {advice}") { Endpoint = Endpoint, Operation = "POST " + operation };
}
