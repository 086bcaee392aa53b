using Provisioner.Abstractions;
using Provisioner.Snmp.Security;

namespace Provisioner.Transport.Snmp;

/// <summary>The one mapping of the inventory's SNMPv3 protocol names (Abstractions enums) onto the library's.</summary>
public static class SnmpProtocolMapping
{
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
