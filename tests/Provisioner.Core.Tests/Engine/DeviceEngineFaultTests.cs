using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Engine;

public sealed class DeviceEngineFaultTests
{
    public static TheoryData<Exception, DeviceOutcome, string> Faults => new()
    {
        { new DeviceTimeoutException("no answer") { Endpoint = "127.0.0.2:161" }, DeviceOutcome.Timeout, "device.timeout" },
        { new DeviceUnreachableException("refused") { Endpoint = "127.0.0.2:161" }, DeviceOutcome.Unreachable, "device.unreachable" },
        { new DeviceAuthenticationException("usmStatsWrongDigests") { Endpoint = "127.0.0.2:161" }, DeviceOutcome.AuthFailed, "device.authFailed" },
        { new DeviceProtocolException("bad BER at offset 12") { Operation = "GET 1.3.6.1.2.1.1.2.0" }, DeviceOutcome.Error, "device.protocol" },
        { new SecretResolutionException("env:SNMP_RW is not set"), DeviceOutcome.Error, "secret.unresolved" },
        { new InvalidOperationException("driver bug"), DeviceOutcome.Error, "engine.unexpected" },
        { new TimeoutException("socket gave up"), DeviceOutcome.Error, "engine.unexpected" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task RunAsync_DriverThrows_MapsToOutcomeAndDiagnostic(Exception fault, DeviceOutcome expected, string code)
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.OpenFailures.Enqueue(fault);

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(fault.Message, diagnostic.Detail, StringComparison.Ordinal);
        Assert.Equal(fault.GetType().FullName, result.FailureType);
    }

    [Fact]
    public async Task RunAsync_ExceptionWithEndpointAndOperation_DiagnosticNamesBoth()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.OpenFailures.Enqueue(new DeviceProtocolException("noSuchName") { Endpoint = "127.0.0.2:161", Operation = "SET 1.3.6.1.4.1.1918.2.13.10.110.3.0" });

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        var detail = Assert.Single(result.Diagnostics).Detail;
        Assert.Contains("127.0.0.2:161", detail, StringComparison.Ordinal);
        Assert.Contains("SET 1.3.6.1.4.1.1918.2.13.10.110.3.0", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_PropagatesCancellation()
    {
        var rig = new TestRig();
        var (_, target) = rig.AddDevice(2);
        using var cts = new CancellationTokenSource();
        rig.Driver.BeforeOperation = async (_, operation, token) =>
        {
            if (operation == "read")
            {
                await cts.CancelAsync();
                token.ThrowIfCancellationRequested();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Engine.RunAsync(target, RunMode.Plan, cts.Token));
    }

    [Fact]
    public async Task RunAsync_TransportCancelsOnItsOwn_IsTimeoutNotPropagated()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.OpenFailures.Enqueue(new TaskCanceledException("HttpClient.Timeout of 100 seconds elapsed"));

        var result = await rig.Engine.RunAsync(target, RunMode.Plan, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Timeout, result.Outcome);
    }

    [Fact]
    public async Task RunAsync_WrongCommunity_IsAuthFailedWithoutWrites()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.Community = "another";

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.Empty(device.WriteLog);
    }
}
