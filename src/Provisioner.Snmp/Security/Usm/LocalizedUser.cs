namespace Provisioner.Snmp.Security.Usm;

/// <summary>A USM user's keys localised to one authoritative engine.</summary>
internal sealed class LocalizedUser
{
    public LocalizedUser(UsmUser user, byte[] engineId, AuthenticationAlgorithm? authentication, byte[] authKey, PrivacyAlgorithm? privacy, byte[] privKey)
    {
        User = user;
        EngineId = engineId;
        Authentication = authentication;
        AuthKey = authKey;
        Privacy = privacy;
        PrivKey = privKey;
        Authenticator = authentication is null ? null : new MessageAuthenticator(authentication, authKey);
        PrivacyCipher = privacy?.CreateCipher(privKey);
    }

    public UsmUser User { get; }

    public byte[] EngineId { get; }

    public AuthenticationAlgorithm? Authentication { get; }

    public byte[] AuthKey { get; }

    /// <summary>The authentication algorithm bound to <see cref="AuthKey"/>, shared by every message of this user × engine.</summary>
    public MessageAuthenticator? Authenticator { get; }

    public PrivacyAlgorithm? Privacy { get; }

    public byte[] PrivKey { get; }

    /// <summary>
    /// The privacy algorithm bound to <see cref="PrivKey"/>, shared by every message of this user × engine.
    /// Never disposed: the user lives in <see cref="UsmKeyCache"/> and its pooled native state is released
    /// by finalisation when the cache drops it.
    /// </summary>
    public PrivacyCipher? PrivacyCipher { get; }

    public SecurityLevel Level => User.SecurityLevel;
}
