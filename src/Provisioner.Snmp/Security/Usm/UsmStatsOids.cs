using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>The usmStats counters of RFC 3414 §5 (instances, ".0") carried in Report PDUs.</summary>
public static class UsmStatsOids
{
    /// <summary>usmStatsUnsupportedSecLevels.0.</summary>
    public static Oid UnsupportedSecLevels { get; } = Oid.Parse("1.3.6.1.6.3.15.1.1.1.0");

    /// <summary>usmStatsNotInTimeWindows.0.</summary>
    public static Oid NotInTimeWindows { get; } = Oid.Parse("1.3.6.1.6.3.15.1.1.2.0");

    /// <summary>usmStatsUnknownUserNames.0.</summary>
    public static Oid UnknownUserNames { get; } = Oid.Parse("1.3.6.1.6.3.15.1.1.3.0");

    /// <summary>usmStatsUnknownEngineIDs.0.</summary>
    public static Oid UnknownEngineIds { get; } = Oid.Parse("1.3.6.1.6.3.15.1.1.4.0");

    /// <summary>usmStatsWrongDigests.0.</summary>
    public static Oid WrongDigests { get; } = Oid.Parse("1.3.6.1.6.3.15.1.1.5.0");

    /// <summary>usmStatsDecryptionErrors.0.</summary>
    public static Oid DecryptionErrors { get; } = Oid.Parse("1.3.6.1.6.3.15.1.1.6.0");
}
