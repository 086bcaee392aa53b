using Provisioner.Snmp.Pdus;

namespace Provisioner.Lab.Devices;

/// <summary>
/// How a simulated device misbehaves, changeable while it runs. Protocol-level faults (latency,
/// loss, silence, malformed answers) act on the socket; value-level faults (reject, lose, reset) act on writes
/// (SNMP SETs, HTTP PATCH/POST/PUT/DELETE). SNMP objects are named by MIB descriptor with instance
/// (<c>smtp-Server-Port.0</c>) or by dotted OID; HTTPS properties by the model's name (<c>SMTP.ServerAddress</c>); SSH
/// fields by the emulator's field name, command and option (<c>smtp -s</c>, <c>email -t</c>).
/// </summary>
public sealed class DeviceFaults
{
    private TimeSpan latency;
    private double packetLoss;
    private bool silent;
    private Func<SnmpPdu, SnmpPdu>? rewriteAnswers;
    private bool resetOnNextSet;

    /// <summary>Creates a device's faults, all off.</summary>
    public DeviceFaults()
    {
        RejectedObjects = new FaultNameSet(() => Changed?.Invoke(this, EventArgs.Empty));
        LostWrites = new FaultNameSet(() => Changed?.Invoke(this, EventArgs.Empty));
    }

    /// <summary>Raised by <see cref="ExpireSessions"/>: HTTPS models forget every login session they issued.</summary>
    public event EventHandler? SessionsExpired;

    /// <summary>
    /// Raised when <see cref="Latency"/>, <see cref="PacketLoss"/>, <see cref="Silent"/>, <see cref="RewriteAnswers"/>,
    /// <see cref="RejectedObjects"/>, <see cref="LostWrites"/> or <see cref="ResetOnNextSet"/> changes, so the socket side
    /// (or an SSH device's emulator state file) can follow.
    /// </summary>
    public event EventHandler? Changed;

    /// <summary>Added before every answer; zero by default.</summary>
    public TimeSpan Latency
    {
        get => latency;
        set
        {
            latency = value;
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>Share of requests dropped without an answer, 0.0–1.0.</summary>
    public double PacketLoss
    {
        get => packetLoss;
        set
        {
            packetLoss = Math.Clamp(value, 0, 1);
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>When true the device answers nothing, as if it were switched off.</summary>
    public bool Silent
    {
        get => silent;
        set
        {
            silent = value;
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>
    /// Rewrites every answer the device sends (a malformed-answer fault: drop or add bindings, change
    /// OIDs or types); null, the default, answers correctly. See <see cref="AnswerShort"/>.
    /// </summary>
    public Func<SnmpPdu, SnmpPdu>? RewriteAnswers
    {
        get => rewriteAnswers;
        set
        {
            rewriteAnswers = value;
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>A <see cref="RewriteAnswers"/> fault: answers with the last binding missing, as a firmware that truncates its responses.</summary>
    /// <param name="answer">The correct answer.</param>
    /// <returns>The answer with one binding fewer (unchanged when it has none).</returns>
    public static SnmpPdu AnswerShort(SnmpPdu answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.VarBinds.Count == 0 ? answer : answer with { VarBinds = [.. answer.VarBinds.Take(answer.VarBinds.Count - 1)] };
    }

    /// <summary>Objects whose SET the device refuses with <c>wrongValue</c>.</summary>
    public ISet<string> RejectedObjects { get; }

    /// <summary>Objects whose SET the device answers with noError but does not keep (a lost write).</summary>
    public ISet<string> LostWrites { get; }

    /// <summary>
    /// When true the next SET resets the device part-way: the first half of its bindings are stored,
    /// the device reboots (sysUpTime starts again), answers <c>commitFailed</c> and then stays silent
    /// for <see cref="RebootDuration"/>. The flag clears itself. An SSH device drops the session right after the next
    /// write command it stored, before its result code (a dropped connection mid-change), once.
    /// </summary>
    public bool ResetOnNextSet
    {
        get => resetOnNextSet;
        set
        {
            resetOnNextSet = value;
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>How long a reset device stays silent; 2 s by default.</summary>
    public TimeSpan RebootDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// When true an HTTPS model's error for a refused value quotes the value as sent, a password included, as
    /// firmware that echoes the request does (the write log still masks passwords). Proves that clients scrub
    /// device text before it reaches a log or report.
    /// </summary>
    public bool QuoteSecretsInErrors { get; set; }

    /// <summary>
    /// Turns every fault off: latency, loss, silence, rewritten answers, rejected and lost writes, a pending
    /// reset and quoted secrets (the reboot duration, a setting rather than a fault, stays).
    /// </summary>
    public void Clear()
    {
        RejectedObjects.Clear();
        LostWrites.Clear();
        resetOnNextSet = false;
        QuoteSecretsInErrors = false;
        rewriteAnswers = null;
        latency = TimeSpan.Zero;
        packetLoss = 0;
        Silent = false; // raises Changed once, so the socket side follows all of the above
    }

    /// <summary>Expires every session the device issued (an HTTPS fault): the next call with an old token is answered 401.</summary>
    public void ExpireSessions() => SessionsExpired?.Invoke(this, EventArgs.Empty);

    /// <summary>Whether <paramref name="list"/> names <paramref name="name"/> or <paramref name="oid"/>.</summary>
    internal static bool Names(ISet<string> list, string name, string oid) => list.Count > 0 && (list.Contains(name) || list.Contains(oid));
}
