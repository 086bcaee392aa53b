using System.Net;
using MimeKit;
using Provisioner.Lab.Mib;
using Provisioner.Lab.Smtp;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Eaton;

/// <summary>
/// A simulated Eaton DC-power controller (SC200, SC300): its MIB in a <see cref="LabMib"/>, a sysUpTime
/// that counts from power-on (and restarts on a fault reset), and the test-mail trigger: a SET of
/// <c>send-Test-Email.&lt;row&gt;</c> sends a real e-mail over SMTP to the configured relay (an IpAddress on
/// the SC200, an address string on the SC300; the lab maps it to its SMTP capture) and records the reply
/// code in <c>smtp-Result.&lt;row&gt;</c>, 9999 when the relay cannot be reached. The sender is
/// <c>emailFromAddress</c> where the model has it and is set (SC300), else <c>email-Return-Address</c>.
/// </summary>
public abstract class EatonLabModel : ISnmpSimulatedDevice
{
    private readonly Func<IPEndPoint, IPEndPoint?> relayMap;
    private readonly Oid email;
    private readonly string sysDescr;
    private readonly List<Task> sends = [];
    private long bootTimestamp;

    /// <summary>Creates a device at its MIB defaults.</summary>
    /// <param name="definitions">The model's objects.</param>
    /// <param name="email">The model's <c>email</c> group.</param>
    /// <param name="sysDescr">The model's sysDescr, named in test mails.</param>
    /// <param name="name">The device's name (becomes sysName.0), e.g. <c>DCP-DEMO-01</c>.</param>
    /// <param name="relayMap">Maps the relay the device is configured with to the loopback endpoint that
    /// stands in for it; null means "nothing answers there" (the device records 9999).</param>
    /// <param name="faults">The device's faults.</param>
    /// <param name="time">The clock.</param>
    protected EatonLabModel(IEnumerable<MibObject> definitions, Oid email, string sysDescr, string name, Func<IPEndPoint, IPEndPoint?> relayMap, DeviceFaults faults, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.relayMap = relayMap;
        this.email = email;
        this.sysDescr = sysDescr;
        bootTimestamp = time.GetTimestamp();
        Mib = new LabMib(definitions, faults, time);
        Mib.Poke("sysName.0", OctetString.FromString(name));
        Mib.Compute(Sc200Objects.SysUpTime, () => new TimeTicks((uint)(time.GetElapsedTime(Interlocked.Read(ref bootTimestamp)).Ticks / TimeSpan.TicksPerMillisecond / 10)));
        Mib.Committed += OnCommitted;
        Mib.Reset += (_, _) => OnReset(time);
    }

    /// <inheritdoc/>
    public LabMib Mib { get; }

    /// <inheritdoc/>
    public DeviceFaults Faults => Mib.Faults;

    /// <summary>Waits until every test mail triggered so far has been sent (or failed) and its result recorded.</summary>
    /// <returns>A task that completes when no send is pending.</returns>
    public Task WhenIdleAsync()
    {
        lock (sends)
        {
            return Task.WhenAll(sends);
        }
    }

    private void OnReset(TimeProvider time)
    {
        Interlocked.Exchange(ref bootTimestamp, time.GetTimestamp());
        var faults = Mib.Faults;
        faults.Silent = true;
        _ = Task.Delay(faults.RebootDuration, time).ContinueWith(_ => faults.Silent = false, TaskScheduler.Default);
    }

    private void OnCommitted(object? sender, IReadOnlyList<VarBind> stored)
    {
        foreach (var binding in stored)
        {
            var arcs = binding.Oid.Arcs;
            if (binding.Oid.StartsWith(email) && arcs.Length == email.Length + 4 && arcs[^2] == 40)
            {
                var row = (int)arcs[^1];
                Mib.Poke(email.Append(60, 1, 50, (uint)row).ToString(), new Integer32(0));
                var send = SendTestMailAsync(row);
                lock (sends)
                {
                    sends.RemoveAll(t => t.IsCompleted);
                    sends.Add(send);
                }
            }
        }
    }

    private async Task SendTestMailAsync(int row)
    {
        await Task.Yield();
        var to = Text(Mib.Get(email.Append(60, 1, 10, (uint)row)));
        var from = Text(Mib.Get(email.Append(42, 0))) is { Length: > 0 } set ? set : Text(Mib.Get(email.Append(40, 0)));
        var prefix = Text(Mib.Get(email.Append(50, 0)));
        var port = ((Integer32)Mib.Get(email.Append(30, 0))).Value;
        var relay = Mib.Get(email.Append(20, 0)) switch
        {
            IpAddress ip => new IPEndPoint(ip.Value, port),
            OctetString text when IPAddress.TryParse(text.ToString(), out var parsed) => new IPEndPoint(parsed, port),
            _ => null,
        };
        var name = Text(Mib.Get(Oid.Parse("1.3.6.1.2.1.1.5.0")));
        int result;
        if (to.Length == 0 || !MailboxAddress.TryParse(to, out var recipient))
        {
            result = 501;
        }
        else if (relay is null || relayMap(relay) is not { } target)
        {
            result = LabMailSender.CouldNotReachServer;
        }
        else
        {
            using var message = new MimeMessage();
            message.From.Add(MailboxAddress.TryParse(from, out var sender) ? sender : new MailboxAddress(name, "controller@localhost"));
            message.To.Add(recipient);
            message.Subject = $"{prefix}Test email from {name}";
            message.Body = new TextPart("plain") { Text = $"This is a test email from {sysDescr} '{name}', receiver {row}." };
            result = await LabMailSender.SendAsync(target, message, TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
        }

        Mib.Poke(email.Append(60, 1, 50, (uint)row).ToString(), new Integer32(result));
    }

    private static string Text(SnmpValue value) => value is OctetString s ? s.ToString() : string.Empty;
}
