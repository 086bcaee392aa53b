using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>Turns an <see cref="OpenRequest"/> into an SNMP <see cref="SnmpTarget"/>, resolving the address and the secrets.</summary>
public static class SnmpTargetFactory
{
    /// <summary>The SNMP agent port used when the inventory gives none.</summary>
    public const int DefaultPort = 161;

    /// <summary>Builds the target of <paramref name="request"/>.</summary>
    /// <param name="request">The open request; its credential set must have SNMP credentials.</param>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The validated target.</returns>
    /// <exception cref="DeviceAuthenticationException">The credential set has no usable SNMP credentials.</exception>
    /// <exception cref="DeviceUnreachableException">The host name cannot be resolved.</exception>
    /// <exception cref="SecretResolutionException">A secret reference cannot be resolved.</exception>
    public static async Task<SnmpTarget> CreateAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = request.Credentials.Snmp ?? throw Unusable(request, "it has no 'snmp' section");
        var endpoint = new IPEndPoint(await ResolveAsync(request, cancellationToken), request.Port ?? DefaultPort);
        var target = credentials.Version == SnmpVersion.V3
            ? SnmpTarget.V3(endpoint, CreateUser(request, credentials))
            : new SnmpTarget(
                endpoint,
                credentials.Version == SnmpVersion.V1 ? SnmpMessageVersion.V1 : SnmpMessageVersion.V2c,
                request.Secrets.Resolve(credentials.Community ?? throw Unusable(request, "SNMP v1/v2c needs a community")).Reveal());
        target = target with { ContextName = credentials.ContextName, Timeout = request.Timeout, Retries = 1 };
        try
        {
            target.Validate();
        }
        catch (ArgumentException ex)
        {
            throw Unusable(request, ex.Message);
        }

        return target;
    }

    private static UsmUser CreateUser(OpenRequest request, SnmpCredentials credentials)
    {
        var name = credentials.User ?? throw Unusable(request, "SNMPv3 needs a user name");
        if (credentials.AuthProtocol == SnmpAuthProtocol.None)
        {
            return new UsmUser(name);
        }

        var auth = request.Secrets.Resolve(credentials.AuthPassword ?? throw Unusable(request, "the authentication protocol needs a pass phrase")).Reveal();
        var authProtocol = ToLibrary(credentials.AuthProtocol);
        if (credentials.PrivProtocol == SnmpPrivProtocol.None)
        {
            return new UsmUser(name, authProtocol, auth);
        }

        var priv = request.Secrets.Resolve(credentials.PrivPassword ?? throw Unusable(request, "the privacy protocol needs a pass phrase")).Reveal();
        return new UsmUser(name, authProtocol, auth, ToLibrary(credentials.PrivProtocol), priv);
    }

    private static AuthenticationProtocol ToLibrary(SnmpAuthProtocol protocol) => protocol switch
    {
        SnmpAuthProtocol.Md5 => AuthenticationProtocol.Md5,
        SnmpAuthProtocol.Sha1 => AuthenticationProtocol.Sha1,
        SnmpAuthProtocol.Sha224 => AuthenticationProtocol.Sha224,
        SnmpAuthProtocol.Sha256 => AuthenticationProtocol.Sha256,
        SnmpAuthProtocol.Sha384 => AuthenticationProtocol.Sha384,
        SnmpAuthProtocol.Sha512 => AuthenticationProtocol.Sha512,
        _ => AuthenticationProtocol.None,
    };

    private static PrivacyProtocol ToLibrary(SnmpPrivProtocol protocol) => protocol switch
    {
        SnmpPrivProtocol.Des => PrivacyProtocol.Des,
        SnmpPrivProtocol.Aes128 => PrivacyProtocol.Aes128,
        SnmpPrivProtocol.Aes192 => PrivacyProtocol.Aes192,
        SnmpPrivProtocol.Aes256 => PrivacyProtocol.Aes256,
        SnmpPrivProtocol.Aes192Cisco => PrivacyProtocol.Aes192Cisco,
        SnmpPrivProtocol.Aes256Cisco => PrivacyProtocol.Aes256Cisco,
        _ => PrivacyProtocol.None,
    };

    private static async Task<IPAddress> ResolveAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(request.Address.Trim('[', ']'), out var literal))
        {
            return literal;
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(request.Address, cancellationToken);
            return addresses.Length > 0
                ? addresses[0]
                : throw new DeviceUnreachableException($"{request.DeviceName}: host name '{request.Address}' has no address.") { Endpoint = request.Endpoint };
        }
        catch (SocketException ex)
        {
            throw new DeviceUnreachableException($"{request.DeviceName}: host name '{request.Address}' cannot be resolved ({ex.SocketErrorCode}). Check the address in the inventory.", ex) { Endpoint = request.Endpoint };
        }
    }

    private static DeviceAuthenticationException Unusable(OpenRequest request, string why) =>
        new($"{request.DeviceName}: the SNMP credentials of credential set '{request.Credentials.Name}' cannot be used: {why}. Fix the credential set in the inventory.")
        {
            Endpoint = request.Endpoint,
        };
}
