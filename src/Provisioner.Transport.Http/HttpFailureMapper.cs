using System.Net.Http;
using System.Net.Sockets;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// Turns what a failed call threw into the contract's typed <see cref="DeviceException"/>s. The messages are
/// built here from the endpoint, the method and path and the kind of failure only: never from headers,
/// bodies or the transport's own message text, so no token, cookie or password can reach them.
/// </summary>
internal static class HttpFailureMapper
{
    /// <summary>Maps a failure after the retries are spent.</summary>
    /// <param name="failure">What the last attempt threw.</param>
    /// <param name="validator">The validator of the connection, for a refusal the TLS stack hid.</param>
    /// <param name="endpoint">The device endpoint.</param>
    /// <param name="operation">The call, e.g. <c>GET /redfish/v1</c>.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="waited">How long all attempts took.</param>
    /// <returns>The typed exception to throw.</returns>
    public static DeviceException Map(Exception failure, PinningCertificateValidator validator, string endpoint, string operation, int attempts, TimeSpan waited)
    {
        var untrusted = HttpRetryRule.Find<DeviceUntrustedException>(failure);
        var request = HttpRetryRule.Find<HttpRequestException>(failure);
        if (untrusted is null && request?.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            untrusted = validator.TakeLastRefusal();
        }

        if (untrusted is not null)
        {
            return new DeviceUntrustedException(untrusted.Message) { Endpoint = endpoint, Operation = operation, Expected = untrusted.Expected, Presented = untrusted.Presented };
        }

        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        if (failure is AttemptTimeoutException || HttpRetryRule.Find<TimeoutException>(failure) is not null || HttpRetryRule.Find<SocketException>(failure)?.SocketErrorCode == SocketError.TimedOut)
        {
            return new DeviceTimeoutException($"{operation} at {endpoint} got no answer within the request timeout ({tries}, {waited.TotalSeconds:0.0} s in total). Check that the device is up and not overloaded, or raise the timeout.", Safe(failure))
            {
                Endpoint = endpoint,
                Operation = operation,
                Attempts = attempts,
                Waited = waited,
            };
        }

        var socket = HttpRetryRule.Find<SocketException>(failure);
        var (kind, advice) = HttpRetryRule.IsDroppedAfterSending(request) ? ("the device closed or reset the connection before answering", "Check the device's web service; it may restart or refuse the call.") : request?.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => ("the host name does not resolve", "Check the device's address in the inventory."),
            HttpRequestError.ConnectionError => (socket is null ? "the connection failed" : $"the connection failed ({Describe(socket.SocketErrorCode)})", "Check the address and port and that the device's HTTPS service is enabled."),
            HttpRequestError.SecureConnectionError => ("the TLS handshake failed", "Check that the port serves HTTPS and that the device accepts TLS 1.2 or later."),
            _ => (null, null),
        };
        if (kind is not null)
        {
            return new DeviceUnreachableException($"{operation} at {endpoint}: {kind} ({tries}). {advice}", Safe(failure)) { Endpoint = endpoint, Operation = operation };
        }

        return new DeviceProtocolException($"{operation} at {endpoint}: the device's answer is not valid HTTP ({request?.HttpRequestError.ToString() ?? failure.GetType().Name}). Check that the port serves the device's HTTPS API.", Safe(failure))
        {
            Endpoint = endpoint,
            Operation = operation,
        };
    }

    private static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => "no route to host",
        SocketError.ConnectionReset => "connection reset",
        _ => error.ToString(),
    };

    // The transport's exception without Flurl's wrapper, whose message carries the full call.
    private static Exception Safe(Exception failure) => HttpRetryRule.Unwrap(failure);
}
