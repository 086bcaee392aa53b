using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Lab.Smtp;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.Eaton;

public sealed class Sc200LabModelTests
{
    private static readonly Oid Email = Oid.Parse("1.3.6.1.4.1.1918.2.13.10.30.65");

    private static Sc200LabModel Model(Func<IPEndPoint, IPEndPoint?>? relayMap = null, DeviceFaults? faults = null) =>
        new("DCP-TEST-01", relayMap ?? (_ => null), faults ?? new DeviceFaults(), TimeProvider.System);

    private static Oid Cell(uint column, int row) => Email.Append(60, 1, column, (uint)row);

    [Fact]
    public void Get_FreshDevice_AnswersMibDefaultsAndIdentity()
    {
        var mib = Model().Mib;

        Assert.Equal("SC200 Controller - software version 4.04", mib.Get(Oid.Parse("1.3.6.1.2.1.1.1.0")).ToString());
        Assert.Equal(new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.1918.2.13")), mib.Get(Oid.Parse("1.3.6.1.2.1.1.2.0")));
        Assert.Equal(new Integer32(0), mib.Get(Email.Append(10, 0)));
        Assert.Equal(new IpAddress(IPAddress.Parse("1.1.1.1")), mib.Get(Email.Append(20, 0)));
        Assert.Equal(new Integer32(25), mib.Get(Email.Append(30, 0)));
        Assert.Equal(OctetString.Empty, mib.Get(Email.Append(40, 0)));
        Assert.Equal(OctetString.FromString("[DC-POWER] "), mib.Get(Email.Append(50, 0)));
        Assert.Equal(new Integer32(4), mib.Get(Cell(20, Sc200Objects.ReceiverRows)));
        Assert.Equal(new TimeTicks(30), mib.Get(Cell(30, 1)));
    }

    [Fact]
    public void Get_RowBeyondTable_IsNoSuchInstance_AndUnknownSubtreeIsNoSuchObject()
    {
        var mib = Model().Mib;

        Assert.Equal(NoSuchInstance.Instance, mib.Get(Cell(10, Sc200Objects.ReceiverRows + 1)));
        Assert.Equal(NoSuchObject.Instance, mib.Get(Oid.Parse("1.3.6.1.4.1.318.1.1.1.0")));
    }

    [Fact]
    public void GetNext_WalkEmailGroup_VisitsEveryObjectInOrder()
    {
        var mib = Model().Mib;
        var seen = new List<Oid>();

        for (var b = mib.GetNext(Email); b.Oid.StartsWith(Email) && b.Value is not EndOfMibView; b = mib.GetNext(b.Oid))
        {
            seen.Add(b.Oid);
        }

        Assert.Equal(5 + (6 * Sc200Objects.ReceiverRows), seen.Count);
        Assert.Equal(seen.Order().ToList(), seen);
    }

    [Theory]
    [InlineData("smtp-Server-Port.0", "wrongType")]
    [InlineData("email-Notifications.0", "wrongValue")]
    [InlineData("email-Receiver-Level.1", "wrongValue")]
    [InlineData("email-Subject-Prefix.0", "wrongLength")]
    [InlineData("smtp-Result.1", "notWritable")]
    [InlineData("sysDescr.0", "notWritable")]
    public void Set_ValueTheMibForbids_AnswersTheMibsErrorStatus(string name, string expected)
    {
        var mib = Model().Mib;
        var target = mib.Find(name)!;
        SnmpValue value = expected switch
        {
            "wrongType" => OctetString.FromString("25"),
            "wrongLength" => OctetString.FromString(new string('x', 21)),
            "notWritable" => target.Default,
            _ => new Integer32(9),
        };

        var outcome = mib.Set([new VarBind(Email.Append(30, 0), new Integer32(587)), new VarBind(target.Oid, value)]);

        Assert.Equal(expected, char.ToLowerInvariant(outcome.Status.ToString()[0]) + outcome.Status.ToString()[1..]);
        Assert.Equal(2, outcome.Index);
        Assert.Equal(new Integer32(25), mib.Get(Email.Append(30, 0)));
        Assert.Empty(mib.WriteLog);
    }

    [Fact]
    public void Set_ValidBindings_StoresAllAndLogsThem()
    {
        var mib = Model().Mib;

        var outcome = mib.Set([new VarBind(Email.Append(30, 0), new Integer32(587)), new VarBind(Cell(10, 2), OctetString.FromString("alerts@contoso.com"))]);

        Assert.Equal(SnmpErrorStatus.NoError, outcome.Status);
        Assert.Equal(new Integer32(587), mib.Get(Email.Append(30, 0)));
        Assert.Equal(["smtp-Server-Port.0", "email-Receiver-Address.2"], mib.WriteLog.Select(w => w.Name));
    }

    [Fact]
    public void Set_RejectedObjectFault_AnswersWrongValue()
    {
        var faults = new DeviceFaults();
        faults.RejectedObjects.Add("smtp-Server-Port.0");
        var mib = Model(faults: faults).Mib;

        var outcome = mib.Set([new VarBind(Email.Append(30, 0), new Integer32(587))]);

        Assert.Equal(SnmpErrorStatus.WrongValue, outcome.Status);
    }

    [Fact]
    public void Set_LostWriteFault_AnswersNoErrorButKeepsOldValue()
    {
        var faults = new DeviceFaults();
        faults.LostWrites.Add(Email.Append(30, 0).ToString());
        var mib = Model(faults: faults).Mib;

        var outcome = mib.Set([new VarBind(Email.Append(30, 0), new Integer32(587))]);

        Assert.Equal(SnmpErrorStatus.NoError, outcome.Status);
        Assert.Equal(new Integer32(25), mib.Get(Email.Append(30, 0)));
        Assert.False(Assert.Single(mib.WriteLog).Stored);
    }

    [Fact]
    public void Set_ResetFault_StoresFirstHalfDropsAnswerAndClearsFlag()
    {
        var faults = new DeviceFaults { ResetOnNextSet = true };
        var mib = Model(faults: faults).Mib;

        var outcome = mib.Set([new VarBind(Email.Append(30, 0), new Integer32(587)), new VarBind(Email.Append(10, 0), new Integer32(1))]);

        Assert.Equal(SnmpErrorStatus.CommitFailed, outcome.Status);
        Assert.Equal(2, outcome.Index);
        Assert.Equal(new Integer32(587), mib.Get(Email.Append(30, 0)));
        Assert.Equal(new Integer32(0), mib.Get(Email.Append(10, 0)));
        Assert.False(faults.ResetOnNextSet);
    }

    [Fact]
    public async Task SendTestEmail_RelayMappedToCapture_MailArrivesAndResultIs250()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);
        var relay = new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25);
        var model = Model(r => r.Equals(relay) ? capture.Endpoint : null);
        model.Mib.Set([
            new VarBind(Email.Append(20, 0), new IpAddress(relay.Address)),
            new VarBind(Email.Append(40, 0), OctetString.FromString("dcp-test-01@contoso.com")),
            new VarBind(Cell(10, 1), OctetString.FromString("alerts-power@contoso.com")),
        ]);

        model.Mib.Set([new VarBind(Cell(40, 1), OctetString.Empty)]);
        await model.WhenIdleAsync();

        Assert.Equal(new Integer32(250), model.Mib.Get(Cell(50, 1)));
        var mail = Assert.Single(capture.Messages);
        Assert.Equal("dcp-test-01@contoso.com", mail.EnvelopeFrom);
        Assert.Equal(["alerts-power@contoso.com"], mail.EnvelopeTo);
        Assert.StartsWith("[DC-POWER] ", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendTestEmail_RelayNotMapped_ResultIs9999()
    {
        var model = Model();
        model.Mib.Set([new VarBind(Cell(10, 1), OctetString.FromString("alerts-power@contoso.com"))]);

        model.Mib.Set([new VarBind(Cell(40, 1), OctetString.Empty)]);
        await model.WhenIdleAsync();

        Assert.Equal(new Integer32(9999), model.Mib.Get(Cell(50, 1)));
    }

    [Fact]
    public void SendTestEmail_NonEmptyValue_IsWrongLength()
    {
        var outcome = Model().Mib.Set([new VarBind(Cell(40, 1), OctetString.FromString("x"))]);

        Assert.Equal(SnmpErrorStatus.WrongLength, outcome.Status);
    }
}
