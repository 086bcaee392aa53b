using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http;
using System.Text;
using Flurl.Http;
using Polly;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// The HTTPS client of one device endpoint: one Flurl client over one connection pool, the peer verified
/// in every handshake (pins or the system trust store), a per-request timeout, retries only where safe,
/// and failures as the contract's typed exceptions. Create it with <see cref="DeviceHttpClientFactory"/>;
/// dispose it when the device's work is done.
/// </summary>
public sealed class DeviceHttpClient : IDisposable
{
    private readonly IFlurlClient flurl;
    private readonly PinningCertificateValidator validator;
    private readonly ResiliencePipeline idempotentRetries;
    private readonly ResiliencePipeline unsafeRetries;
    private readonly ConcurrentDictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly SecretScrubber scrubber = new();
    private readonly TimeSpan timeout;
    private static readonly Dictionary<string, string> EmptyHeaders = [];

    internal DeviceHttpClient(IFlurlClient flurl, PinningCertificateValidator validator, Uri baseAddress, TimeSpan timeout, DeviceHttpClientOptions options)
    {
        this.flurl = flurl;
        this.validator = validator;
        this.timeout = timeout;
        BaseAddress = baseAddress;
        Endpoint = baseAddress.GetLeftPart(UriPartial.Authority);
        idempotentRetries = HttpRetryPipeline.Build(options, idempotent: true);
        unsafeRetries = HttpRetryPipeline.Build(options, idempotent: false);
    }

    /// <summary>The device's base address, e.g. <c>https://127.0.0.1:8443/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The endpoint for messages, e.g. <c>https://127.0.0.1:8443</c>.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// Sends a header with every later call, e.g. <c>X-Auth-Token</c> or <c>Authorization</c>. The value is
    /// treated as a secret: it is scrubbed from device text and never appears in a message.
    /// </summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    public void SetSecretHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        scrubber.Add(value);
        headers[name] = value;
    }

    /// <summary>Stops sending a header set with <see cref="SetSecretHeader"/>.</summary>
    /// <param name="name">The header name.</param>
    public void RemoveHeader(string name) => headers.TryRemove(name, out _);

    /// <summary>Registers a secret sent in a body (a password), so device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        scrubber.Add(secret.Reveal());
    }

    /// <summary>Sends one call and returns the answer, whatever its status except 401/403.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path and query from the base address, e.g. <c>/redfish/v1/EventService</c>.</param>
    /// <param name="jsonBody">A JSON body, or null for none.</param>
    /// <param name="cancellationToken">Cancels the call (then <see cref="OperationCanceledException"/>).</param>
    /// <returns>The answer.</returns>
    /// <exception cref="DeviceAuthenticationException">HTTP 401 or 403.</exception>
    /// <exception cref="DeviceUntrustedException">The peer's certificate is not the one trusted; nothing was sent.</exception>
    /// <exception cref="DeviceUnreachableException">No connection (refused, no route, handshake failed).</exception>
    /// <exception cref="DeviceTimeoutException">No answer within the per-request timeout.</exception>
    /// <exception cref="DeviceProtocolException">The answer is not valid HTTP.</exception>
    public Task<HttpAnswer> SendAsync(HttpMethod method, string path, string? jsonBody = null, CancellationToken cancellationToken = default) =>
        SendAsync(method, path, jsonBody, null, cancellationToken);

    /// <summary>Sends one call with extra headers for this call only (e.g. <c>If-Match</c>) and returns the answer, whatever its status except 401/403.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path and query from the base address.</param>
    /// <param name="jsonBody">A JSON body, or null for none.</param>
    /// <param name="callHeaders">Headers for this call only, or null; not treated as secrets.</param>
    /// <param name="cancellationToken">Cancels the call (then <see cref="OperationCanceledException"/>).</param>
    /// <returns>The answer.</returns>
    /// <exception cref="DeviceAuthenticationException">HTTP 401 or 403.</exception>
    /// <exception cref="DeviceUntrustedException">The peer's certificate is not the one trusted; nothing was sent.</exception>
    /// <exception cref="DeviceUnreachableException">No connection (refused, no route, handshake failed).</exception>
    /// <exception cref="DeviceTimeoutException">No answer within the per-request timeout.</exception>
    /// <exception cref="DeviceProtocolException">The answer is not valid HTTP.</exception>
    public async Task<HttpAnswer> SendAsync(HttpMethod method, string path, string? jsonBody, IReadOnlyDictionary<string, string>? callHeaders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = new Uri(BaseAddress, path);
        var operation = $"{method.Method} {target.PathAndQuery}";
        var idempotent = HttpRetryRule.IsIdempotent(method);
        var attempts = 0;
        var clock = Stopwatch.StartNew();
        HttpAnswer answer;
        try
        {
            answer = await (idempotent ? idempotentRetries : unsafeRetries).ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await SendOnceAsync(method, target, operation, jsonBody, callHeaders, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not DeviceException)
        {
            throw HttpFailureMapper.Map(ex, validator, Endpoint, operation, attempts, clock.Elapsed);
        }

        if (answer.StatusCode is 401 or 403)
        {
            throw new DeviceAuthenticationException($"{operation} at {Endpoint} was refused with HTTP {answer.StatusCode}: the device does not accept the credentials or the session. Check the user, password or token of the device's HTTP credentials and the account's role.")
            {
                Endpoint = Endpoint,
                Operation = operation,
            };
        }

        return answer;
    }

    /// <inheritdoc />
    public void Dispose() => flurl.Dispose();

    private async ValueTask<HttpAnswer> SendOnceAsync(HttpMethod method, Uri target, string operation, string? jsonBody, IReadOnlyDictionary<string, string>? callHeaders, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            var request = flurl.Request(target.AbsoluteUri).AllowAnyHttpStatus();
            foreach (var (name, value) in headers)
            {
                request.WithHeader(name, value);
            }

            foreach (var (name, value) in callHeaders ?? EmptyHeaders)
            {
                request.WithHeader(name, value);
            }

            using var content = jsonBody is null ? null : new StringContent(jsonBody, Encoding.UTF8, "application/json");
            using var response = await request.SendAsync(method, content, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
            var message = response.ResponseMessage;
            var body = await message.Content.ReadAsStringAsync(attempt.Token).ConfigureAwait(false);
            var answerHeaders = message.Headers.Concat(message.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            return new HttpAnswer((int)message.StatusCode, body, answerHeaders, Endpoint, operation, scrubber);
        }
        catch (Exception ex) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AttemptTimeoutException($"{operation} ran past {timeout.TotalSeconds:0.###} s.", HttpRetryRule.Unwrap(ex));
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            throw new OperationCanceledException($"{operation} was cancelled.", HttpRetryRule.Unwrap(ex), cancellationToken);
        }
    }
}
