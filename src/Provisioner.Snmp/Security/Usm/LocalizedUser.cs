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
    }

    public UsmUser User { get; }

    public byte[] EngineId { get; }

    public AuthenticationAlgorithm? Authentication { get; }

    public byte[] AuthKey { get; }

    public PrivacyAlgorithm? Privacy { get; }

    public byte[] PrivKey { get; }

    public SecurityLevel Level => User.SecurityLevel;
}
