using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>Applies and checks USM protection on whole messages (RFC 3414 §3.1 and §3.2).</summary>
internal static class UsmProcessor
{
    /// <summary>
    /// Encodes a v3 message whose scope is plaintext: encrypts it when the flags ask for privacy,
    /// then signs the whole message when they ask for authentication.
    /// </summary>
    public static byte[] Encode(SnmpMessage message, LocalizedUser? user)
    {
        var header = message.Header!;
        var parameters = message.SecurityParameters!;
        if ((header.Flags & MessageFlags.Auth) == 0)
        {
            return SnmpMessageCodec.Encode(message);
        }

        if (user?.Authentication is null)
        {
            throw new ArgumentException("An authenticated message needs a user with an authentication key.", nameof(user));
        }

        var authentication = user.Authentication;
        if ((header.Flags & MessageFlags.Priv) != 0)
        {
            var privacy = user.Privacy ?? throw new ArgumentException("An encrypted message needs a user with a privacy key.", nameof(user));
            var plaintext = SnmpMessageCodec.EncodeScopedPdu(message.ContextEngineId, message.ContextName, message.Pdu!);
            var salt = new byte[PrivacyAlgorithm.SaltLength];
            var ciphertext = privacy.Encrypt(user.PrivKey, parameters.EngineBoots, parameters.EngineTime, plaintext, salt);
            message = message with
            {
                EncryptedScopedPdu = OctetString.FromOwned(ciphertext),
                SecurityParameters = parameters with { PrivacyParameters = OctetString.FromOwned(salt) },
            };
            parameters = message.SecurityParameters!;
        }

        message = message with
        {
            SecurityParameters = parameters with { AuthenticationParameters = OctetString.FromOwned(new byte[authentication.MacLength]) },
        };
        var bytes = SnmpMessageCodec.Encode(message);
        authentication.Sign(user.AuthKey, bytes, SnmpMessageCodec.LocateAuthenticationParameters(bytes));
        return bytes;
    }

    /// <summary>Checks the MAC of an incoming authenticated message.</summary>
    public static bool Authenticate(ReadOnlySpan<byte> packet, SnmpMessage message, int authOffset, LocalizedUser user) =>
        user.Authentication is { } authentication
        && authentication.Verify(user.AuthKey, packet, authOffset, message.SecurityParameters!.AuthenticationParameters.Length);

    /// <summary>Decrypts the scoped PDU of an authPriv message, or returns null when it cannot be decrypted and decoded.</summary>
    public static SnmpMessage? Decrypt(SnmpMessage message, LocalizedUser user)
    {
        if (message.EncryptedScopedPdu is not { } encrypted || user.Privacy is not { } privacy)
        {
            return null;
        }

        var parameters = message.SecurityParameters!;
        try
        {
            var plaintext = privacy.Decrypt(user.PrivKey, parameters.EngineBoots, parameters.EngineTime, parameters.PrivacyParameters.AsSpan(), encrypted.AsSpan());
            if (plaintext is null)
            {
                return null;
            }

            var (contextEngineId, contextName, pdu) = SnmpMessageCodec.DecodeScopedPdu(plaintext, 0);
            return message with { ContextEngineId = contextEngineId, ContextName = contextName, Pdu = pdu, EncryptedScopedPdu = null };
        }
        catch (SnmpException)
        {
            return null;
        }
    }
}
