using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Client;

/// <summary>
/// What a manager knows about one authoritative SNMPv3 engine: its ID and a boots/time estimate
/// kept per RFC 3414 §2.3 and §3.2 step 7b. Updates swap an immutable snapshot, so no lock is taken.
/// </summary>
internal sealed class RemoteEngine
{
    private readonly TimeProvider _time;
    private Clock _clock;

    public RemoteEngine(OctetString engineId, int boots, int engineTime, TimeProvider time)
    {
        EngineId = engineId;
        _time = time;
        _clock = new Clock(boots, engineTime, engineTime, time.GetTimestamp());
    }

    /// <summary>snmpEngineID of the agent.</summary>
    public OctetString EngineId { get; }

    /// <summary>The estimated current (boots, time) of the agent.</summary>
    public (int Boots, int Time) Now()
    {
        var clock = Volatile.Read(ref _clock);
        var elapsed = _time.GetElapsedTime(clock.Timestamp).TotalSeconds;
        return (clock.Boots, (int)Math.Min(int.MaxValue, clock.Time + elapsed));
    }

    /// <summary>Replaces the estimate unconditionally (after a notInTimeWindow report).</summary>
    public void Resynchronise(int boots, int engineTime) =>
        Volatile.Write(ref _clock, new Clock(boots, engineTime, engineTime, _time.GetTimestamp()));

    /// <summary>
    /// Applies RFC 3414 §3.2 step 7b to an authenticated message: updates the estimate when the
    /// message is newer, and returns whether it lies inside the time window.
    /// </summary>
    public bool Accept(int boots, int engineTime)
    {
        while (true)
        {
            var clock = Volatile.Read(ref _clock);
            var updated = clock;
            if (boots > clock.Boots || (boots == clock.Boots && engineTime > clock.LatestReceived))
            {
                updated = new Clock(boots, engineTime, engineTime, _time.GetTimestamp());
            }

            if (ReferenceEquals(updated, clock) || Interlocked.CompareExchange(ref _clock, updated, clock) == clock)
            {
                if (clock.Boots == int.MaxValue || boots < clock.Boots)
                {
                    return false;
                }

                var (_, estimated) = Now();
                return boots > clock.Boots || engineTime >= estimated - TimeWindow.Seconds;
            }
        }
    }

    private sealed record Clock(int Boots, int Time, int LatestReceived, long Timestamp);
}
