using Provisioner.Abstractions;
using Provisioner.Drivers.TrueNas.Tests.Conformance;
using Provisioner.Transport.Http.WebSockets;

namespace Provisioner.Drivers.TrueNas.Tests;

public sealed class TrueNasRestDriverTests(TrueNasRest2510Harness harness) : TrueNasDriverTests<TrueNasRest2510Harness>(harness)
{
    [Fact]
    public async Task WebSocketUpgrade_OnAReleaseWithoutIt_IsAProtocolErrorNamingTheStatus()
    {
        await Harness.ResetAsync(CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<DeviceProtocolException>(() => DeviceWebSocketRpcClient.ConnectAsync(Open(SessionMode.ReadOnly), "/api/current", null, CancellationToken.None));

        Assert.Contains("HTTP 404", refusal.Message, StringComparison.Ordinal);
    }
}
