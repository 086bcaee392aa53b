using System.Net;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>Maps a matrix row, named as net-snmp names it, onto the library's target and user types.</summary>
internal static class InteropCaseCredentials
{
    /// <summary>The library's authentication protocol for a net-snmp name (null = none).</summary>
    /// <param name="name">MD5, SHA, SHA-224... or null.</param>
    /// <returns>The protocol.</returns>
    public static AuthenticationProtocol Auth(string? name) => name switch
    {
        null => AuthenticationProtocol.None,
        "MD5" => AuthenticationProtocol.Md5,
        "SHA" => AuthenticationProtocol.Sha1,
        "SHA-224" => AuthenticationProtocol.Sha224,
        "SHA-256" => AuthenticationProtocol.Sha256,
        "SHA-384" => AuthenticationProtocol.Sha384,
        "SHA-512" => AuthenticationProtocol.Sha512,
        _ => throw new ArgumentException($"Unknown net-snmp authentication protocol {name}.", nameof(name)),
    };

    /// <summary>The library's privacy protocol for a net-snmp name (null = none).</summary>
    /// <param name="name">DES, AES, AES-192, AES-256-C... or null.</param>
    /// <returns>The protocol.</returns>
    public static PrivacyProtocol Priv(string? name) => name switch
    {
        null => PrivacyProtocol.None,
        "DES" => PrivacyProtocol.Des,
        "AES" => PrivacyProtocol.Aes128,
        "AES-192" => PrivacyProtocol.Aes192,
        "AES-256" => PrivacyProtocol.Aes256,
        "AES-192-C" => PrivacyProtocol.Aes192Cisco,
        "AES-256-C" => PrivacyProtocol.Aes256Cisco,
        _ => throw new ArgumentException($"Unknown net-snmp privacy protocol {name}.", nameof(name)),
    };

    /// <summary>The USM user of a v3 row.</summary>
    /// <param name="row">A v3 row.</param>
    /// <returns>The user with the matrix pass phrases.</returns>
    public static UsmUser User(InteropCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new UsmUser(
            row.UserName ?? throw new ArgumentException("Not a v3 row.", nameof(row)),
            Auth(row.Auth),
            row.Auth is null ? null : InteropCase.AuthPassword,
            Priv(row.Priv),
            row.Priv is null ? null : InteropCase.PrivPassword);
    }

    /// <summary>The client target for a row at <paramref name="endpoint"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="endpoint">The agent.</param>
    /// <returns>The target, with a 2 s timeout and one retry.</returns>
    public static SnmpTarget Target(InteropCase row, IPEndPoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(row);
        var target = row.Version switch
        {
            "1" => new SnmpTarget(endpoint, SnmpMessageVersion.V1, row.Community),
            "2c" => new SnmpTarget(endpoint, SnmpMessageVersion.V2c, row.Community),
            _ => new SnmpTarget(endpoint, SnmpMessageVersion.V3, null, User(row)),
        };
        return target with { Timeout = TimeSpan.FromSeconds(2), Retries = 1 };
    }
}
