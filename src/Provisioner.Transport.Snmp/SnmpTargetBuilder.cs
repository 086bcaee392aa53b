using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Security;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// Turns a driver's <see cref="OpenRequest"/> (address, port, credential references) into a library
/// <see cref="SnmpTarget"/>, resolving the secrets at open time. Shared by every SNMP driver.
/// </summary>
public static class SnmpTargetBuilder
{
    /// <summary>The SNMP port used when neither the inventory nor the driver gives one.</summary>
    public const int DefaultPort = 161;

    /// <summary>Builds the target for <paramref name="request"/>.</summary>
    /// <param name="request">Where the device is and how to log in.</param>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The target, with the request's timeout and one retry.</returns>
    /// <exception cref="DeviceAuthenticationException">The credential set has no SNMP part, or an SNMPv3 user is incomplete.</exception>
    /// <exception cref="DeviceUnreachableException">The address is neither an IP literal nor a resolvable name.</exception>
    /// <exception cref="SecretResolutionException">A secret reference cannot be resolved.</exception>
    public static async Task<SnmpTarget> BuildAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = request.Credentials.Snmp ?? throw new DeviceAuthenticationException(
            $"Device '{request.DeviceName}' has no SNMP credentials: name a credential set with an 'snmp' part for it or its site in the inventory.")
        { Endpoint = request.Endpoint, Operation = "open" };
        var endpoint = new IPEndPoint(await ResolveAsync(request, cancellationToken), request.Port ?? DefaultPort);
        var target = credentials.Version switch
        {
            SnmpVersion.V3 => SnmpTarget.V3(endpoint, User(credentials, request)),
            SnmpVersion.V1 => new SnmpTarget(endpoint, Provisioner.Snmp.Messages.SnmpMessageVersion.V1, Community(credentials, request)),
            _ => SnmpTarget.V2c(endpoint, Community(credentials, request)),
        };
        return target with { ContextName = credentials.ContextName, Timeout = request.Timeout, Retries = 1 };
    }

    private static async Task<IPAddress> ResolveAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(request.Address, out var literal))
        {
            return literal;
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(request.Address, cancellationToken);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.First();
        }
        catch (Exception ex) when (ex is SocketException or InvalidOperationException)
        {
            throw new DeviceUnreachableException($"The address '{request.Address}' of device '{request.DeviceName}' cannot be resolved: {ex.Message}", ex)
            { Endpoint = request.Endpoint, Operation = "resolve" };
        }
    }

    private static string Community(SnmpCredentials credentials, OpenRequest request)
    {
        var reference = credentials.Community ?? throw new DeviceAuthenticationException(
            $"The SNMP credentials '{request.Credentials.Name}' of device '{request.DeviceName}' give no community: add 'community: env:NAME'.")
        { Endpoint = request.Endpoint, Operation = "open" };
        return request.Secrets.Resolve(reference).Reveal();
    }

    private static UsmUser User(SnmpCredentials credentials, OpenRequest request)
    {
        var name = credentials.User ?? throw new DeviceAuthenticationException(
            $"The SNMPv3 credentials '{request.Credentials.Name}' of device '{request.DeviceName}' give no user: add 'user: NAME'.")
        { Endpoint = request.Endpoint, Operation = "open" };
        var auth = credentials.AuthProtocol switch
        {
            SnmpAuthProtocol.Md5 => AuthenticationProtocol.Md5,
            SnmpAuthProtocol.Sha1 => AuthenticationProtocol.Sha1,
            SnmpAuthProtocol.Sha224 => AuthenticationProtocol.Sha224,
            SnmpAuthProtocol.Sha256 => AuthenticationProtocol.Sha256,
            SnmpAuthProtocol.Sha384 => AuthenticationProtocol.Sha384,
            SnmpAuthProtocol.Sha512 => AuthenticationProtocol.Sha512,
            _ => AuthenticationProtocol.None,
        };
        var priv = credentials.PrivProtocol switch
        {
            SnmpPrivProtocol.Des => PrivacyProtocol.Des,
            SnmpPrivProtocol.Aes128 => PrivacyProtocol.Aes128,
            SnmpPrivProtocol.Aes192 => PrivacyProtocol.Aes192,
            SnmpPrivProtocol.Aes256 => PrivacyProtocol.Aes256,
            SnmpPrivProtocol.Aes192Cisco => PrivacyProtocol.Aes192Cisco,
            SnmpPrivProtocol.Aes256Cisco => PrivacyProtocol.Aes256Cisco,
            _ => PrivacyProtocol.None,
        };
        var user = new UsmUser(
            name,
            auth,
            credentials.AuthPassword is { } a && auth != AuthenticationProtocol.None ? request.Secrets.Resolve(a).Reveal() : null,
            priv,
            credentials.PrivPassword is { } p && priv != PrivacyProtocol.None ? request.Secrets.Resolve(p).Reveal() : null);
        try
        {
            user.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new DeviceAuthenticationException($"The SNMPv3 credentials '{request.Credentials.Name}' of device '{request.DeviceName}' are incomplete: {ex.Message}", ex)
            { Endpoint = request.Endpoint, Operation = "open" };
        }

        return user;
    }
}
