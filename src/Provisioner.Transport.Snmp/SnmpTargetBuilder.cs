using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// Turns a driver's <see cref="OpenRequest"/> (address, port, credential references) into a library
/// <see cref="SnmpTarget"/>, resolving the address and the secrets at open time. The one place every SNMP
/// driver and the CLI build targets.
/// </summary>
public static class SnmpTargetBuilder
{
    /// <summary>The SNMP port used when neither the inventory nor the driver gives one.</summary>
    public const int DefaultPort = 161;

    /// <summary>Builds the target for <paramref name="request"/> with <see cref="SnmpResendPolicy.OneResend"/>.</summary>
    /// <param name="request">Where the device is and how to log in.</param>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The validated target.</returns>
    /// <exception cref="DeviceAuthenticationException">The credential set has no SNMP part, or it misses a community, user or pass phrase.</exception>
    /// <exception cref="DeviceUnreachableException">The address is neither an IP literal nor a resolvable name.</exception>
    /// <exception cref="SecretResolutionException">A secret reference cannot be resolved.</exception>
    public static Task<SnmpTarget> BuildAsync(OpenRequest request, CancellationToken cancellationToken) =>
        BuildAsync(request, SnmpResendPolicy.OneResend, cancellationToken);

    /// <summary>Builds the target for <paramref name="request"/>, spending its timeout as <paramref name="resends"/> says.</summary>
    /// <param name="request">Where the device is and how to log in.</param>
    /// <param name="resends">How many attempts and how they share the request timeout.</param>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The validated target.</returns>
    /// <exception cref="DeviceAuthenticationException">The credential set has no SNMP part, or it misses a community, user or pass phrase.</exception>
    /// <exception cref="DeviceUnreachableException">The address is neither an IP literal nor a resolvable name.</exception>
    /// <exception cref="SecretResolutionException">A secret reference cannot be resolved.</exception>
    public static async Task<SnmpTarget> BuildAsync(OpenRequest request, SnmpResendPolicy resends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(resends);
        var credentials = request.Credentials.Snmp ?? throw Unusable(request, "it has no 'snmp' section");
        var endpoint = new IPEndPoint(await ResolveAsync(request, cancellationToken), request.Port ?? DefaultPort);
        var target = credentials.Version switch
        {
            SnmpVersion.V3 => SnmpTarget.V3(endpoint, SnmpUserBuilder.Build(request, credentials)),
            SnmpVersion.V1 => new SnmpTarget(endpoint, SnmpMessageVersion.V1, Community(request, credentials)),
            _ => SnmpTarget.V2c(endpoint, Community(request, credentials)),
        };
        target = resends.ApplyTo(target with { ContextName = credentials.ContextName }, request.Timeout);
        try
        {
            target.Validate();
        }
        catch (ArgumentException ex)
        {
            throw Unusable(request, ex.Message, ex);
        }

        return target;
    }

    /// <summary>The error for credentials that cannot be used, naming the device and the credential set.</summary>
    /// <param name="request">The open request.</param>
    /// <param name="why">What is wrong.</param>
    /// <param name="inner">The cause, if any.</param>
    /// <returns>The exception to throw.</returns>
    internal static DeviceAuthenticationException Unusable(OpenRequest request, string why, Exception? inner = null)
    {
        var message = $"{request.DeviceName}: the SNMP credentials of credential set '{request.Credentials.Name}' cannot be used: {why}. Fix the credential set in the inventory.";
        return inner is null
            ? new DeviceAuthenticationException(message) { Endpoint = request.Endpoint, Operation = "open" }
            : new DeviceAuthenticationException(message, inner) { Endpoint = request.Endpoint, Operation = "open" };
    }

    private static string Community(OpenRequest request, SnmpCredentials credentials) =>
        request.Secrets.Resolve(credentials.Community ?? throw Unusable(request, "SNMP v1/v2c needs a community ('community: env:NAME')")).Reveal();

    private static async Task<IPAddress> ResolveAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(request.Address.Trim('[', ']'), out var literal))
        {
            return literal;
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(request.Address, cancellationToken);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
                ?? throw new DeviceUnreachableException($"{request.DeviceName}: host name '{request.Address}' has no address. Check the address in the inventory.")
                { Endpoint = request.Endpoint, Operation = "resolve" };
        }
        catch (SocketException ex)
        {
            throw new DeviceUnreachableException($"{request.DeviceName}: host name '{request.Address}' cannot be resolved ({ex.SocketErrorCode}). Check the address in the inventory.", ex)
            { Endpoint = request.Endpoint, Operation = "resolve" };
        }
    }
}
