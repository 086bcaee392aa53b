using Provisioner.Lab.Devices;

namespace Provisioner.Lab.Tests.Devices;

public sealed class DeviceFaultsTests
{
    [Fact]
    public void Clear_TurnsEveryFaultOff_KeepsTheRebootDuration_AndTellsTheSocketSide()
    {
        var faults = new DeviceFaults
        {
            Latency = TimeSpan.FromSeconds(1),
            PacketLoss = 0.5,
            Silent = true,
            RewriteAnswers = DeviceFaults.AnswerShort,
            ResetOnNextSet = true,
            QuoteSecretsInErrors = true,
            RebootDuration = TimeSpan.FromSeconds(7),
        };
        faults.RejectedObjects.Add("smtp-Server-Port.0");
        faults.LostWrites.Add("SMTP.Port");
        var changes = 0;
        faults.Changed += (_, _) => changes++;

        faults.Clear();

        Assert.Equal((TimeSpan.Zero, 0.0, false, false, false), (faults.Latency, faults.PacketLoss, faults.Silent, faults.ResetOnNextSet, faults.QuoteSecretsInErrors));
        Assert.Null(faults.RewriteAnswers);
        Assert.Empty(faults.RejectedObjects);
        Assert.Empty(faults.LostWrites);
        Assert.Equal(TimeSpan.FromSeconds(7), faults.RebootDuration);
        Assert.True(changes > 0);
    }
}
