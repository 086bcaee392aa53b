using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// The names net-snmp's tools accept for <c>-v</c>, <c>-l</c>, <c>-a</c> and <c>-x</c>, mapped to
/// the library's enums. Matching ignores case and dashes (<c>SHA-256</c> = <c>sha256</c>).
/// </summary>
internal static class SnmpProtocolNames
{
    /// <summary>The <c>-a</c> choices, for help text.</summary>
    public const string AuthChoices = "MD5|SHA|SHA-224|SHA-256|SHA-384|SHA-512";

    /// <summary>The <c>-x</c> choices, for help text.</summary>
    public const string PrivChoices = "DES|AES|AES-192|AES-256|AES-192-C|AES-256-C";

    /// <summary>The <c>-l</c> choices, for help text.</summary>
    public const string LevelChoices = "noAuthNoPriv|authNoPriv|authPriv";

    /// <summary>Parses <c>-v</c>: <c>1</c>, <c>2c</c> or <c>3</c>.</summary>
    /// <param name="text">The option value.</param>
    /// <returns>The version.</returns>
    /// <exception cref="SnmpUsageException">Not a known version.</exception>
    public static SnmpMessageVersion ParseVersion(string text) => Normalise(text) switch
    {
        "1" => SnmpMessageVersion.V1,
        "2C" or "2" => SnmpMessageVersion.V2c,
        "3" => SnmpMessageVersion.V3,
        _ => throw Unknown("-v", text, "1|2c|3"),
    };

    /// <summary>Parses <c>-l</c>, including net-snmp's short forms (<c>nanp</c>, <c>anp</c>, <c>ap</c>, <c>1</c>-<c>3</c>).</summary>
    /// <param name="text">The option value.</param>
    /// <returns>The level.</returns>
    /// <exception cref="SnmpUsageException">Not a known level.</exception>
    public static SecurityLevel ParseLevel(string text) => Normalise(text) switch
    {
        "NOAUTHNOPRIV" or "NANP" or "1" => SecurityLevel.NoAuthNoPriv,
        "AUTHNOPRIV" or "ANP" or "2" => SecurityLevel.AuthNoPriv,
        "AUTHPRIV" or "AP" or "3" => SecurityLevel.AuthPriv,
        _ => throw Unknown("-l", text, LevelChoices),
    };

    /// <summary>Parses <c>-a</c>.</summary>
    /// <param name="text">The option value.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="SnmpUsageException">Not a known protocol.</exception>
    public static AuthenticationProtocol ParseAuth(string text) => Normalise(text) switch
    {
        "MD5" => AuthenticationProtocol.Md5,
        "SHA" or "SHA1" => AuthenticationProtocol.Sha1,
        "SHA224" => AuthenticationProtocol.Sha224,
        "SHA256" => AuthenticationProtocol.Sha256,
        "SHA384" => AuthenticationProtocol.Sha384,
        "SHA512" => AuthenticationProtocol.Sha512,
        _ => throw Unknown("-a", text, AuthChoices),
    };

    /// <summary>Parses <c>-x</c>; <c>AES-192-C</c>/<c>AES-256-C</c> are the Cisco-style key extension.</summary>
    /// <param name="text">The option value.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="SnmpUsageException">Not a known protocol.</exception>
    public static PrivacyProtocol ParsePriv(string text) => Normalise(text) switch
    {
        "DES" => PrivacyProtocol.Des,
        "AES" or "AES128" => PrivacyProtocol.Aes128,
        "AES192" => PrivacyProtocol.Aes192,
        "AES256" => PrivacyProtocol.Aes256,
        "AES192C" => PrivacyProtocol.Aes192Cisco,
        "AES256C" => PrivacyProtocol.Aes256Cisco,
        _ => throw Unknown("-x", text, PrivChoices),
    };

    private static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("-", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
    }

    private static SnmpUsageException Unknown(string option, string text, string choices) =>
        new($"The value '{text}' of {option} is not known. Use one of {choices}.");
}
