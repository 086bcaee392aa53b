using CsCheck;
using System.Net;
using Provisioner.Snmp.Client;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpResendPolicyTests
{
    private static readonly SnmpTarget Target = SnmpTarget.V2c(new IPEndPoint(IPAddress.Loopback, 161), "c");

    [Fact]
    public void ApplyTo_OneResend_WaitsTheWholeTimeoutPerAttempt()
    {
        var target = SnmpResendPolicy.OneResend.ApplyTo(Target, TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), target.Timeout);
        Assert.Equal(1, target.Retries);
    }

    [Fact]
    public void ApplyTo_ThreeWithinTimeout_AttemptsTogetherStayWithinTheTimeout() =>
        Gen.Int[1, 600_000].Sample(milliseconds =>
        {
            var timeout = TimeSpan.FromMilliseconds(milliseconds);

            var target = SnmpResendPolicy.ThreeWithinTimeout.ApplyTo(Target, timeout);

            Assert.Equal(2, target.Retries);
            Assert.True(target.Timeout > TimeSpan.Zero);
            Assert.True(milliseconds < 3 || target.Timeout * 3 <= timeout, $"{target.Timeout} x 3 exceeds {timeout}");
        });

    [Fact]
    public void ApplyTo_ZeroAttempts_SendsOnce() =>
        Assert.Equal(0, new SnmpResendPolicy(0, ShareTimeout: true).ApplyTo(Target, TimeSpan.FromSeconds(1)).Retries);
}
