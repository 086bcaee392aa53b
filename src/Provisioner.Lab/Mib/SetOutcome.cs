using Provisioner.Snmp.Pdus;

namespace Provisioner.Lab.Mib;

/// <summary>What a simulated device answers to a SET.</summary>
/// <param name="Status">The error status; <see cref="SnmpErrorStatus.NoError"/> when every binding was stored.</param>
/// <param name="ErrorIndex">The 1-based index of the failing binding; 0 when there is none.</param>
/// <param name="DropResponse">True when the device reset while applying the SET and sends no answer.</param>
public sealed record SetOutcome(SnmpErrorStatus Status, int ErrorIndex, bool DropResponse = false)
{
    /// <summary>Every binding stored and answered.</summary>
    public static SetOutcome Success { get; } = new(SnmpErrorStatus.NoError, 0);
}
