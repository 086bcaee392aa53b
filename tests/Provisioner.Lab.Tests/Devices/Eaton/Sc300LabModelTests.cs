using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Smtp;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.Eaton;

public sealed class Sc300LabModelTests
{
    private static readonly Oid Email = Oid.Parse("1.3.6.1.4.1.1918.2.14.10.30.65");

    private static Sc300LabModel Model(Func<IPEndPoint, IPEndPoint?>? relayMap = null) =>
        new("DCP-TEST-02", relayMap ?? (_ => null), new DeviceFaults(), TimeProvider.System);

    private static Oid Cell(uint column, int row) => Email.Append(60, 1, column, (uint)row);

    [Fact]
    public void Get_FreshDevice_AnswersRpsSc300DefaultsAndTheWalkedIdentity()
    {
        var mib = Model().Mib;

        Assert.Equal("SC300 Controller - software version 1.17", mib.Get(Oid.Parse("1.3.6.1.2.1.1.1.0")).ToString());
        Assert.Equal(new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.1918.2.14")), mib.Get(Oid.Parse("1.3.6.1.2.1.1.2.0")));
        Assert.Equal(OctetString.FromString("1.1.1.1"), mib.Get(Email.Append(20, 0)));
        Assert.Equal(OctetString.Empty, mib.Get(Email.Append(42, 0)));
        Assert.Equal(new Integer32(4), mib.Get(Cell(20, Sc300Objects.ReceiverRows)));
        Assert.Equal(NoSuchObject.Instance, mib.Get(Cell(1, 1)));
    }

    [Fact]
    public void Set_AddressLongerThan100_IsWrongLength()
    {
        var outcome = Model().Mib.Set([new VarBind(Email.Append(42, 0), OctetString.FromString(new string('a', 101)))]);

        Assert.Equal(SnmpErrorStatus.WrongLength, outcome.Status);
    }

    [Fact]
    public async Task SendTestEmail_RelayAsTextMappedToCapture_MailComesFromEmailFromAddress()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);
        var relay = new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25);
        var model = Model(r => r.Equals(relay) ? capture.Endpoint : null);
        model.Mib.Set([
            new VarBind(Email.Append(20, 0), OctetString.FromString("10.6.0.25")),
            new VarBind(Email.Append(40, 0), OctetString.FromString("bounces@contoso.com")),
            new VarBind(Email.Append(42, 0), OctetString.FromString("dcp-test-02@contoso.com")),
            new VarBind(Cell(10, 1), OctetString.FromString("alerts-power@contoso.com")),
        ]);

        model.Mib.Set([new VarBind(Cell(40, 1), OctetString.Empty)]);
        await model.WhenIdleAsync();

        Assert.Equal(new Integer32(250), model.Mib.Get(Cell(50, 1)));
        Assert.Equal("dcp-test-02@contoso.com", Assert.Single(capture.Messages).EnvelopeFrom);
    }

    [Fact]
    public void Catalog_EatonSc300_HasThisModel()
    {
        Assert.IsType<Sc300LabModel>(LabModelCatalog.Create("eaton.sc300", "DCP-TEST-02", _ => null, new DeviceFaults(), TimeProvider.System));
    }
}
