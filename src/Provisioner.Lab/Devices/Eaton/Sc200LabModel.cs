using System.Net;
using MimeKit;
using Provisioner.Lab.Mib;
using Provisioner.Lab.Smtp;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Eaton;

/// <summary>
/// A simulated Eaton SC200: its MIB (<see cref="Sc200Objects"/>) in a <see cref="LabMib"/>, a
/// sysUpTime that counts from power-on (and restarts on a fault reset), and the test-mail trigger:
/// a SET of <c>send-Test-Email.&lt;row&gt;</c> sends a real e-mail over SMTP to the configured relay
/// (which the lab maps to its SMTP capture) and records the reply code in <c>smtp-Result.&lt;row&gt;</c>,
/// 9999 when the relay cannot be reached.
/// </summary>
public sealed class Sc200LabModel : ISimulatedDevice
{
    private readonly Func<IPEndPoint, IPEndPoint?> relayMap;
    private readonly List<Task> sends = [];
    private long bootTimestamp;

    /// <summary>Creates a device at its MIB defaults.</summary>
    /// <param name="name">The device's name (becomes sysName.0), e.g. <c>DCP-DEMO-01</c>.</param>
    /// <param name="relayMap">Maps the relay the device is configured with to the loopback endpoint that
    /// stands in for it; null means "nothing answers there" (the device records 9999).</param>
    /// <param name="faults">The device's faults.</param>
    /// <param name="time">The clock.</param>
    public Sc200LabModel(string name, Func<IPEndPoint, IPEndPoint?> relayMap, DeviceFaults faults, TimeProvider time)
    {
        this.relayMap = relayMap;
        bootTimestamp = time.GetTimestamp();
        Mib = new LabMib(Sc200Objects.Create(), faults, time);
        Mib.Poke("sysName.0", OctetString.FromString(name));
        Mib.Compute(Sc200Objects.SysUpTime, () => new TimeTicks((uint)(time.GetElapsedTime(Interlocked.Read(ref bootTimestamp)).Ticks / TimeSpan.TicksPerMillisecond / 10)));
        Mib.Committed += OnCommitted;
        Mib.Reset += (_, _) => OnReset(time);
    }

    /// <inheritdoc/>
    public LabMib Mib { get; }

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
            if (binding.Oid.StartsWith(Sc200Objects.Email) && arcs.Length == Sc200Objects.Email.Length + 4 && arcs[^2] == 40)
            {
                var row = (int)arcs[^1];
                Mib.Poke($"smtp-Result.{row}", new Integer32(0));
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
        var to = Text(Mib.Get(Sc200Objects.Receiver(10, row)));
        var from = Text(Mib.Get(Sc200Objects.Email.Append(40, 0)));
        var prefix = Text(Mib.Get(Sc200Objects.Email.Append(50, 0)));
        var relay = new IPEndPoint(((IpAddress)Mib.Get(Sc200Objects.Email.Append(20, 0))).Value, ((Integer32)Mib.Get(Sc200Objects.Email.Append(30, 0))).Value);
        var name = Text(Mib.Get(Oid.Parse("1.3.6.1.2.1.1.5.0")));
        int result;
        if (to.Length == 0 || !MailboxAddress.TryParse(to, out var recipient))
        {
            result = 501;
        }
        else if (relayMap(relay) is not { } target)
        {
            result = LabMailSender.CouldNotReachServer;
        }
        else
        {
            using var message = new MimeMessage();
            message.From.Add(MailboxAddress.TryParse(from, out var sender) ? sender : new MailboxAddress(name, "sc200@localhost"));
            message.To.Add(recipient);
            message.Subject = $"{prefix}Test email from {name}";
            message.Body = new TextPart("plain") { Text = $"This is a test email from {Sc200Objects.SysDescr} '{name}', receiver {row}." };
            result = await LabMailSender.SendAsync(target, message, TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
        }

        Mib.Poke($"smtp-Result.{row}", new Integer32(result));
    }

    private static string Text(SnmpValue value) => value is OctetString s ? s.ToString() : string.Empty;
}
