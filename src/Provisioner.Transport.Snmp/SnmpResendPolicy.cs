using Provisioner.Snmp.Client;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// How often one SNMP request is sent and how the open request's timeout is spent on the attempts.
/// </summary>
/// <param name="Attempts">How many times one request is sent in all (1 = no resend).</param>
/// <param name="ShareTimeout">
/// True: the attempts share the request timeout (each waits timeout / attempts), so a lost datagram costs
/// a fraction of it and a silent device still fails after the timeout. False: each attempt waits the whole timeout.
/// </param>
public sealed record SnmpResendPolicy(int Attempts, bool ShareTimeout)
{
    /// <summary>Two attempts of the full request timeout each (one resend).</summary>
    public static SnmpResendPolicy OneResend { get; } = new(2, ShareTimeout: false);

    /// <summary>
    /// Three attempts within the request timeout: a lost datagram costs a third of it and one resend,
    /// instead of failing the whole device into a runner retry (with back-off, from the start).
    /// </summary>
    public static SnmpResendPolicy ThreeWithinTimeout { get; } = new(3, ShareTimeout: true);

    /// <summary>Sets the per-attempt timeout and the retries of <paramref name="target"/> for <paramref name="timeout"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="timeout">The open request's timeout.</param>
    /// <returns>The target with <see cref="SnmpTarget.Timeout"/> and <see cref="SnmpTarget.Retries"/> set.</returns>
    public SnmpTarget ApplyTo(SnmpTarget target, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(target);
        var attempts = Math.Max(1, Attempts);
        var perAttempt = ShareTimeout ? TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, timeout.Ticks / attempts)) : timeout;
        return target with { Timeout = perAttempt, Retries = attempts - 1 };
    }
}
