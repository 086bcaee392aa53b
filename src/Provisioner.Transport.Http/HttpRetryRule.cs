using System.Net.Http;
using Flurl.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// Which failed attempts may be repeated: a connection or TLS handshake that failed or timed out (the
/// handler's connect timeout) before the request was written (any method), and a timeout or a connection dropped after writing only for idempotent methods
/// (GET, HEAD, OPTIONS). Never an untrusted peer, never an HTTP answer (a 4xx is an answer, not a failure).
/// </summary>
internal static class HttpRetryRule
{
    /// <summary>Whether the method may be sent twice without changing the device twice.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns>True for GET, HEAD and OPTIONS.</returns>
    public static bool IsIdempotent(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>Whether the failure of one attempt allows another.</summary>
    /// <param name="failure">What the attempt threw.</param>
    /// <param name="idempotent">Whether the call's method is idempotent.</param>
    /// <returns>True when retrying is safe and may help.</returns>
    public static bool ShouldRetry(Exception failure, bool idempotent)
    {
        if (Find<DeviceUntrustedException>(failure) is not null)
        {
            return false;
        }

        if (failure is AttemptTimeoutException)
        {
            return idempotent;
        }

        if (Find<TimeoutException>(failure) is not null)
        {
            return true;
        }

        var request = Find<HttpRequestException>(failure);
        return request?.HttpRequestError switch
        {
            HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError => true,
            _ => IsDroppedAfterSending(request) && idempotent,
        };
    }

    /// <summary>
    /// Whether the connection ended after the request was written and before the answer was complete: the
    /// answer ended early, or the connection was reset or aborted while reading it.
    /// </summary>
    /// <param name="request">The HTTP stack's exception, or null.</param>
    /// <returns>True for such a drop.</returns>
    public static bool IsDroppedAfterSending(HttpRequestException? request) =>
        request?.HttpRequestError == HttpRequestError.ResponseEnded
        || (request?.HttpRequestError == HttpRequestError.Unknown && Find<IOException>(request) is not null);

    /// <summary>The first exception of type <typeparamref name="T"/> in the chain of inner exceptions, Flurl's wrapper skipped.</summary>
    /// <typeparam name="T">The exception type.</typeparam>
    /// <param name="failure">The outermost exception.</param>
    /// <returns>The exception, or null.</returns>
    public static T? Find<T>(Exception? failure)
        where T : Exception
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The transport's own exception under Flurl's wrapper.</summary>
    /// <param name="failure">The outermost exception.</param>
    /// <returns>The inner exception when <paramref name="failure"/> is Flurl's, else itself.</returns>
    public static Exception Unwrap(Exception failure) => failure is FlurlHttpException { InnerException: { } inner } ? inner : failure;
}
