using Provisioner.Abstractions;
using Provisioner.Snmp.Security;

namespace Provisioner.Transport.Snmp;

/// <summary>Maps the inventory's SNMPv3 credentials (Abstractions enums, secret references) onto a library <see cref="UsmUser"/>.</summary>
internal static class SnmpUserBuilder
{
    /// <summary>Builds the USM user of <paramref name="credentials"/>, resolving its pass phrases.</summary>
    /// <param name="request">The open request (secrets, names for messages).</param>
    /// <param name="credentials">The SNMPv3 credentials.</param>
    /// <returns>The user.</returns>
    /// <exception cref="DeviceAuthenticationException">The user name or a pass phrase the protocols need is missing.</exception>
    public static UsmUser Build(OpenRequest request, SnmpCredentials credentials)
    {
        var name = credentials.User ?? throw SnmpTargetBuilder.Unusable(request, "SNMPv3 needs a user name ('user: NAME')");
        if (credentials.AuthProtocol == SnmpAuthProtocol.None)
        {
            return new UsmUser(name);
        }

        var auth = request.Secrets.Resolve(credentials.AuthPassword ?? throw SnmpTargetBuilder.Unusable(request, "the authentication protocol needs a pass phrase")).Reveal();
        var authProtocol = ToLibrary(credentials.AuthProtocol);
        if (credentials.PrivProtocol == SnmpPrivProtocol.None)
        {
            return new UsmUser(name, authProtocol, auth);
        }

        var priv = request.Secrets.Resolve(credentials.PrivPassword ?? throw SnmpTargetBuilder.Unusable(request, "the privacy protocol needs a pass phrase")).Reveal();
        return new UsmUser(name, authProtocol, auth, ToLibrary(credentials.PrivProtocol), priv);
    }

    /// <summary>Maps an authentication protocol.</summary>
    /// <param name="protocol">The inventory's protocol.</param>
    /// <returns>The library's protocol.</returns>
    public static AuthenticationProtocol ToLibrary(SnmpAuthProtocol protocol) => protocol switch
    {
        SnmpAuthProtocol.Md5 => AuthenticationProtocol.Md5,
        SnmpAuthProtocol.Sha1 => AuthenticationProtocol.Sha1,
        SnmpAuthProtocol.Sha224 => AuthenticationProtocol.Sha224,
        SnmpAuthProtocol.Sha256 => AuthenticationProtocol.Sha256,
        SnmpAuthProtocol.Sha384 => AuthenticationProtocol.Sha384,
        SnmpAuthProtocol.Sha512 => AuthenticationProtocol.Sha512,
        _ => AuthenticationProtocol.None,
    };

    /// <summary>Maps a privacy protocol.</summary>
    /// <param name="protocol">The inventory's protocol.</param>
    /// <returns>The library's protocol.</returns>
    public static PrivacyProtocol ToLibrary(SnmpPrivProtocol protocol) => protocol switch
    {
        SnmpPrivProtocol.Des => PrivacyProtocol.Des,
        SnmpPrivProtocol.Aes128 => PrivacyProtocol.Aes128,
        SnmpPrivProtocol.Aes192 => PrivacyProtocol.Aes192,
        SnmpPrivProtocol.Aes256 => PrivacyProtocol.Aes256,
        SnmpPrivProtocol.Aes192Cisco => PrivacyProtocol.Aes192Cisco,
        SnmpPrivProtocol.Aes256Cisco => PrivacyProtocol.Aes256Cisco,
        _ => PrivacyProtocol.None,
    };
}
