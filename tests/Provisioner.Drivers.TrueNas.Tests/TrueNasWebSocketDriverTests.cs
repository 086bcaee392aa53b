using Provisioner.Abstractions;
using Provisioner.Drivers.TrueNas.Tests.Conformance;
using Provisioner.Transport.Http.WebSockets;

namespace Provisioner.Drivers.TrueNas.Tests;

public sealed class TrueNasWebSocketDriverTests(TrueNasWebSocketHarness harness) : TrueNasDriverTests<TrueNasWebSocketHarness>(harness)
{
    [Fact]
    public async Task WebSocketHandshake_EnforcesThePin_WithBothFingerprints()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var wrong = string.Join(':', Enumerable.Repeat("CD", 32));

        var refusal = await Assert.ThrowsAsync<DeviceUntrustedException>(() => DeviceWebSocketRpcClient.ConnectAsync(Open(SessionMode.ReadOnly) with { Trust = new PeerTrust { CertificateFingerprints = [wrong] } }, "/api/current", null, CancellationToken.None));

        Assert.Equal(wrong, refusal.Expected);
        Assert.Equal(Harness.LabDevice.CertificateSha256!, refusal.Presented, StringComparer.OrdinalIgnoreCase);
        Assert.StartsWith("wss://", refusal.Endpoint, StringComparison.Ordinal);
        Assert.Empty(Harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task WebSocketHandshake_WithThePin_Connects_AndCallsBeforeLoginAreRefused()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var rpc = await DeviceWebSocketRpcClient.ConnectAsync(Open(SessionMode.ReadOnly), "/api/current", null, CancellationToken.None);

        var answer = await rpc.CallAsync("mail.config", null, CancellationToken.None);

        Assert.False(answer.Succeeded);
        Assert.Equal(-32001, answer.Error!.Code);
        Assert.Equal("Not authenticated", answer.Error.Data.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ExpiredSession_ReadsLogInAgain_WritesAreNotRepeated()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var keys = new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpRelay } };
        await session.ReadAsync(keys, CancellationToken.None);

        Harness.Model.Faults.ExpireSessions();
        var read = await session.ReadAsync(keys, CancellationToken.None);
        Harness.Model.Faults.ExpireSessions();
        var write = await Record.ExceptionAsync(async () => await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpPort, new IntegerValue(2525))] }, CancellationToken.None));

        Assert.Equal(new TextValue(string.Empty), Assert.IsType<Observed.Known>(read.Values[SettingKey.SmtpRelay]).Value);
        Assert.IsType<DeviceUnreachableException>(write);
        Assert.Empty(Harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task SilentAfterLogin_IsATimeout()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadOnly) with { Timeout = TimeSpan.FromMilliseconds(500) }, CancellationToken.None);

        Harness.Model.Faults.Silent = true;
        var failure = await Record.ExceptionAsync(async () => await session.IdentifyAsync(CancellationToken.None));

        var timeout = Assert.IsType<DeviceTimeoutException>(failure);
        Assert.Equal("system.info", timeout.Operation);
    }
}
