using Provisioner.Testing.Conformance;
using Xunit.Sdk;

namespace Provisioner.Core.Tests.Conformance;

public sealed class KnownDeviationsTests
{
    [Fact]
    public async Task RunAsync_ListedTestStillFails_Passes()
    {
        var deviations = KnownDeviations.None.Add("BadCredentials_IsAuthFailed", "v2c agents drop wrong communities silently");

        await deviations.RunAsync("BadCredentials_IsAuthFailed", () => throw new InvalidOperationException("timeout instead"));
    }

    [Fact]
    public async Task RunAsync_ListedTestNowPasses_FailsAskingToRemoveTheEntry()
    {
        var deviations = KnownDeviations.None.Add("BadCredentials_IsAuthFailed", "v2c agents drop wrong communities silently");

        var failure = await Assert.ThrowsAsync<TrueException>(() => deviations.RunAsync("BadCredentials_IsAuthFailed", () => Task.CompletedTask));
        Assert.Contains("remove it from the list", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnlistedTestFails_FailurePropagates() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => KnownDeviations.None.RunAsync("Plan_WouldChange_WritesNothing", () => throw new InvalidOperationException("wrote")));
}
