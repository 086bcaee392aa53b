using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Security;

namespace Provisioner.Drivers.Eaton.Snmp;

/// <summary>Builds an <see cref="SnmpTarget"/> from an <see cref="OpenRequest"/>, resolving secret references at the last moment.</summary>
internal static class SnmpTargetFactory
{
    /// <summary>
    /// How many times one request is sent in all. The attempts share the request timeout, so a lost
    /// datagram costs a third of it and one resend, instead of failing the whole device into a runner
    /// retry (with back-off, from the start); a device that stays silent still fails after the timeout.
    /// </summary>
    public const int Attempts = 3;

    /// <summary>Resolves the address, port and credentials of <paramref name="request"/>.</summary>
    /// <exception cref="DeviceAuthenticationException">The credential set has no SNMP part or misses a secret.</exception>
    /// <exception cref="DeviceUnreachableException">The host name does not resolve.</exception>
    public static async Task<SnmpTarget> CreateAsync(OpenRequest request, int defaultPort, CancellationToken cancellationToken)
    {
        var snmp = request.Credentials.Snmp ?? throw new DeviceAuthenticationException(
            $"{request.DeviceName}: credential set '{request.Credentials.Name}' has no snmp part; the Eaton SC200 is managed over SNMP.") { Endpoint = request.Endpoint, Operation = "open" };
        var endpoint = new IPEndPoint(await ResolveAsync(request, cancellationToken).ConfigureAwait(false), request.Port ?? defaultPort);
        var target = snmp.Version == SnmpVersion.V3
            ? SnmpTarget.V3(endpoint, User(request, snmp))
            : new SnmpTarget(endpoint, snmp.Version == SnmpVersion.V1 ? Provisioner.Snmp.Messages.SnmpMessageVersion.V1 : Provisioner.Snmp.Messages.SnmpMessageVersion.V2c, Secret(request, snmp.Community, "community"));
        var perAttempt = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, request.Timeout.Ticks / Attempts));
        return target with { Timeout = perAttempt, Retries = Attempts - 1, ContextName = snmp.ContextName };
    }

    private static async Task<IPAddress> ResolveAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(request.Address, out var literal))
        {
            return literal;
        }

        try
        {
            var found = await Dns.GetHostAddressesAsync(request.Address, cancellationToken).ConfigureAwait(false);
            return found.FirstOrDefault() ?? throw new DeviceUnreachableException($"{request.DeviceName}: '{request.Address}' has no address.") { Endpoint = request.Endpoint, Operation = "resolve" };
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new DeviceUnreachableException($"{request.DeviceName}: host name '{request.Address}' does not resolve: {ex.Message}", ex) { Endpoint = request.Endpoint, Operation = "resolve" };
        }
    }

    private static UsmUser User(OpenRequest request, SnmpCredentials snmp) => new(
        snmp.User ?? throw new DeviceAuthenticationException($"{request.DeviceName}: credential set '{request.Credentials.Name}' is SNMPv3 but names no user.") { Endpoint = request.Endpoint, Operation = "open" },
        snmp.AuthProtocol switch
        {
            SnmpAuthProtocol.Md5 => AuthenticationProtocol.Md5,
            SnmpAuthProtocol.Sha1 => AuthenticationProtocol.Sha1,
            SnmpAuthProtocol.Sha224 => AuthenticationProtocol.Sha224,
            SnmpAuthProtocol.Sha256 => AuthenticationProtocol.Sha256,
            SnmpAuthProtocol.Sha384 => AuthenticationProtocol.Sha384,
            SnmpAuthProtocol.Sha512 => AuthenticationProtocol.Sha512,
            _ => AuthenticationProtocol.None,
        },
        snmp.AuthProtocol == SnmpAuthProtocol.None ? null : Secret(request, snmp.AuthPassword, "auth_password"),
        snmp.PrivProtocol switch
        {
            SnmpPrivProtocol.Des => PrivacyProtocol.Des,
            SnmpPrivProtocol.Aes128 => PrivacyProtocol.Aes128,
            SnmpPrivProtocol.Aes192 => PrivacyProtocol.Aes192,
            SnmpPrivProtocol.Aes256 => PrivacyProtocol.Aes256,
            SnmpPrivProtocol.Aes192Cisco => PrivacyProtocol.Aes192Cisco,
            SnmpPrivProtocol.Aes256Cisco => PrivacyProtocol.Aes256Cisco,
            _ => PrivacyProtocol.None,
        },
        snmp.PrivProtocol == SnmpPrivProtocol.None ? null : Secret(request, snmp.PrivPassword, "priv_password"));

    private static string Secret(OpenRequest request, SecretReference? reference, string what) =>
        reference is null
            ? throw new DeviceAuthenticationException($"{request.DeviceName}: credential set '{request.Credentials.Name}' has no {what}.") { Endpoint = request.Endpoint, Operation = "open" }
            : request.Secrets.Resolve(reference).Reveal();
}
