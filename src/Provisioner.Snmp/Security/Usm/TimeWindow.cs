namespace Provisioner.Snmp.Security.Usm;

/// <summary>The USM time window (RFC 3414 §2.2.3 and §3.2 step 7).</summary>
internal static class TimeWindow
{
    /// <summary>How far, in seconds, a message's engine time may be from the receiver's notion of it.</summary>
    public const int Seconds = 150;

    /// <summary>RFC 3414 §3.2 step 7a, as the authoritative engine: whether a message is outside the window.</summary>
    public static bool IsOutsideAuthoritative(int messageBoots, int messageTime, int engineBoots, int engineTime) =>
        engineBoots == int.MaxValue || messageBoots != engineBoots || Math.Abs((long)messageTime - engineTime) > Seconds;
}
