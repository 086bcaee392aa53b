using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Dell.Tests.Conformance;
using Provisioner.Lab.Devices.Dell;

namespace Provisioner.Drivers.Dell.Tests.Idrac9;

/// <summary>The test e-mail through SendTestEmailAlert and its SubmitTestEvent fallback.</summary>
public sealed class IdracTestMailTests(IdracLabHarness harness) : IdracTestBase(harness)
{
    [Fact]
    public async Task SendTestMessage_AfterApply_MailReachesTheLabCaptureForEveryRecipient()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(Harness.Target, RunMode.Apply)).Outcome);
        Harness.Lab.Capture.Clear();
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        var message = Assert.Single(Harness.Lab.Capture.Messages);
        Assert.Equal(["alerts-critical@contoso.com", "alerts-systems@contoso.com"], message.EnvelopeTo.Order(StringComparer.Ordinal));
        Assert.Equal("bmc-lab-01@contoso.com", message.EnvelopeFrom);
        Assert.Equal(IdracLabModel.TestSubject, message.Subject);
    }

    [Fact]
    public async Task SendTestMessage_AlertsDisabled_BothActionsRefused_NotSentWithTheDevicesWords()
    {
        await Harness.ResetAsync(CancellationToken.None);
        Harness.Lab.Capture.Clear();
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        var d = Assert.Single(response.Diagnostics);
        Assert.Contains("SendTestEmailAlert", d.Detail, StringComparison.Ordinal);
        Assert.Contains("SubmitTestEvent", d.Detail, StringComparison.Ordinal);
        Assert.Contains("IPMILan.1.AlertEnable is Disabled", d.Detail, StringComparison.Ordinal);
        Assert.Empty(Harness.Lab.Capture.Messages);
    }

    [Fact]
    public async Task SendTestMessage_ReadOnlySession_Refused()
    {
        await Harness.ResetAsync(CancellationToken.None);
        await using var session = await Harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        await Assert.ThrowsAsync<ReadOnlySessionException>(async () => await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None));
    }
}
