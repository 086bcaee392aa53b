using System.Net;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Network;
using Provisioner.Lab.State;
using Provisioner.Snmp;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Hosting;

public sealed class LabHostTests : IAsyncLifetime
{
    private static readonly Oid SysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
    private static readonly Oid Port = Oid.Parse("1.3.6.1.4.1.1918.2.13.10.30.65.30.0");
    private static readonly UsmUser User = new("provisioner", AuthenticationProtocol.Sha256, "auth-pass-123", PrivacyProtocol.Aes128, "priv-pass-456");

    private static readonly SnmpClient client = new();
    private LabHost lab = null!;

    public async Task InitializeAsync()
    {
        lab = await LabHost.StartAsync(
            [
                new LabDeviceSpec("DCP-A", "eaton.sc200", "10.6.10.11") { Communities = ["lab-community"] },
                new LabDeviceSpec("DCP-B", "eaton.sc200", "10.6.10.12") { Users = [User] },
            ],
            new LabHostOptions { AddressRange = 81, PreferredSnmpPort = null },
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await lab.DisposeAsync();
    }

    private SnmpTarget V2c(string device) => SnmpTarget.V2c(lab[device].Endpoint.ToIPEndPoint(), "lab-community") with { Timeout = TimeSpan.FromSeconds(2), Retries = 2 };

    // For tests that expect no answer: a short wait, no retry.
    private SnmpTarget Quick(string device) => V2c(device) with { Timeout = TimeSpan.FromMilliseconds(300), Retries = 0 };

    [Fact]
    public void StartAsync_TwoDevices_EachOnItsOwnLoopbackAddress()
    {
        var addresses = lab.Devices.Select(d => d.Endpoint.Address).ToList();

        Assert.All(addresses, a => Assert.True(LoopbackGuard.IsLoopback(a)));
        Assert.Equal(2, addresses.Distinct().Count());
        Assert.True(LoopbackGuard.IsLoopback(lab.Capture.Endpoint.Address));
    }

    [Fact]
    public async Task Get_V2cWithInventoryCommunity_AnswersSysDescr()
    {
        var answer = await client.GetAsync(V2c("DCP-A"), [SysDescr], CancellationToken.None);

        Assert.Equal("SC200 Controller - software version 4.04", answer[0].Value.ToString());
    }

    [Fact]
    public async Task Set_V3AuthPriv_StoresAndLogsTheWrite()
    {
        var target = SnmpTarget.V3(lab["DCP-B"].Endpoint.ToIPEndPoint(), User);

        await client.SetAsync(target, [new VarBind(Port, new Integer32(587))], CancellationToken.None);

        Assert.Equal(new Integer32(587), (await client.GetAsync(target, [Port], CancellationToken.None))[0].Value);
        Assert.Equal("smtp-Server-Port.0", Assert.Single(lab["DCP-B"].Mib.WriteLog).Name);
    }

    [Fact]
    public async Task Get_WrongCommunity_GetsNoAnswer()
    {
        var target = Quick("DCP-A") with { Community = "wrong" };

        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(target, [SysDescr], CancellationToken.None));
    }

    [Fact]
    public async Task Get_DeviceSilent_TimesOutUntilItSpeaksAgain()
    {
        lab["DCP-A"].Faults.Silent = true;
        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(Quick("DCP-A"), [SysDescr], CancellationToken.None));

        lab["DCP-A"].Faults.Silent = false;
        Assert.Single(await client.GetAsync(V2c("DCP-A"), [SysDescr], CancellationToken.None));
    }

    [Fact]
    public async Task Get_FullPacketLoss_TimesOut()
    {
        lab["DCP-A"].Faults.PacketLoss = 1.0;

        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(Quick("DCP-A"), [SysDescr], CancellationToken.None));
        lab["DCP-A"].Faults.PacketLoss = 0;
    }

    [Fact]
    public async Task Get_LatencyLongerThanTimeout_TimesOut()
    {
        lab["DCP-A"].Faults.Latency = TimeSpan.FromSeconds(2);

        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(Quick("DCP-A"), [SysDescr], CancellationToken.None));
        lab["DCP-A"].Faults.Latency = TimeSpan.Zero;
    }

    [Fact]
    public async Task Set_RejectedObject_AnswersWrongValueOverTheWire()
    {
        lab["DCP-A"].Faults.RejectedObjects.Add("smtp-Server-Port.0");

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(
            () => client.SetAsync(V2c("DCP-A"), [new VarBind(Port, new Integer32(2525))], CancellationToken.None));

        Assert.Equal(Provisioner.Snmp.Pdus.SnmpErrorStatus.WrongValue, ex.ErrorStatus);
        lab["DCP-A"].Faults.RejectedObjects.Clear();
    }

    [Fact]
    public async Task SaveState_ThenLoadState_RestoresAChangedValue()
    {
        var saved = lab.SaveState();
        await client.SetAsync(V2c("DCP-A"), [new VarBind(Port, new Integer32(2525))], CancellationToken.None);

        lab.LoadState(saved);

        Assert.Equal(new Integer32(25), (await client.GetAsync(V2c("DCP-A"), [Port], CancellationToken.None))[0].Value);
        Assert.Contains("1.3.6.1.4.1.1918.2.13.10.30.65.30.0|2|25", saved.Devices["DCP-A"]);
    }

    [Fact]
    public void ToMap_ListsEveryDeviceWithInventoryAndLabAddress()
    {
        var map = lab.ToMap(123);

        Assert.Equal(123, map.ProcessId);
        Assert.Equal(lab["DCP-B"].Endpoint.Address.ToString(), map.Find("DCP-B")!.Address);
        Assert.Equal("10.6.10.12", map.Find("DCP-B")!.InventoryAddress);
    }

    [Fact]
    public async Task LoadState_LineForUnknownObject_RaisesLabStateException()
    {
        var state = new LabStateFile { Devices = new Dictionary<string, IReadOnlyList<string>> { ["DCP-A"] = ["1.3.6.1.9.9.9.0|2|1"] } };

        Assert.Throws<LabStateException>(() => lab.LoadState(state));
        await Task.CompletedTask;
    }
}
