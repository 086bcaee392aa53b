using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;

namespace Provisioner.Drivers.Eaton.Mapping;

/// <summary>The <c>Severity-Level</c> values of <c>email-Receiver-Level</c> (SC200 and SC300) as the kit's level codec.</summary>
public static class EatonLevels
{
    /// <summary>warnings-And-Above(1), minor-And-Above(2), major-And-Above(3), critical-Only(5); none(4) marks an unused row.</summary>
    public static SlotLevelCodec Codec { get; } = new(
        new Dictionary<AlertSeverity, int>
        {
            [AlertSeverity.Warning] = (int)SeverityLevel.WarningsAndAbove,
            [AlertSeverity.Minor] = (int)SeverityLevel.MinorAndAbove,
            [AlertSeverity.Major] = (int)SeverityLevel.MajorAndAbove,
            [AlertSeverity.Critical] = (int)SeverityLevel.CriticalOnly,
        },
        (int)SeverityLevel.None);
}
