namespace Provisioner.Delivery.Tests.Correlation;

/// <summary>Tying a mailbox message to a device: token first, else sender and time without another run's token.</summary>
public sealed class MessageMatcherTests
{
    private static readonly DateTimeOffset Trigger = new(2026, 12, 8, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(2);
    private static readonly DeliveryExpectation Expected = new("ups-01", "ups-01@contoso.com", "PV-0123456789AB", Trigger, [new("alerts@contoso.com", "alerts", true)]);

    [Fact]
    public void Match_TokenInBody_MatchesByTokenWhateverTheSender()
    {
        Assert.Equal(MessageMatcher.ByToken, MessageMatcher.Match(Expected, Message("someone@else", body: "alert PV-0123456789AB"), Skew));
    }

    [Fact]
    public void Match_SenderAfterTriggerWithoutToken_MatchesBySenderAndTime()
    {
        Assert.Equal(MessageMatcher.BySenderAndTime, MessageMatcher.Match(Expected, Message("UPS-01@contoso.com"), Skew));
    }

    [Fact]
    public void Match_SenderButAnotherRunsToken_DoesNotMatch()
    {
        Assert.Null(MessageMatcher.Match(Expected, Message("ups-01@contoso.com", subject: "test PV-FFFFFFFFFFFF"), Skew));
    }

    [Fact]
    public void Match_ArrivedBeforeTheTriggerBeyondTheSkew_DoesNotMatch()
    {
        Assert.Null(MessageMatcher.Match(Expected, Message("ups-01@contoso.com", body: "PV-0123456789AB") with { ArrivedAt = Trigger.AddSeconds(-3) }, Skew));
    }

    [Fact]
    public void Match_ArrivalStampedWithinTheSkew_Matches()
    {
        Assert.NotNull(MessageMatcher.Match(Expected, Message("ups-01@contoso.com") with { ArrivedAt = Trigger.AddSeconds(-1) }, Skew));
    }

    [Fact]
    public void Match_OtherSenderWithoutToken_DoesNotMatch()
    {
        Assert.Null(MessageMatcher.Match(Expected, Message("ups-02@contoso.com"), Skew));
    }

    [Fact]
    public void IsComplete_OneOfTwoObservableGroupsReached_IsNotComplete()
    {
        var expectation = Expected with { Recipients = [new("alerts@contoso.com", "alerts", true), new("alerts-power@contoso.com", "alerts-power", true), new("pager@vtext.com", null, false)] };

        Assert.False(expectation.IsComplete([Message("ups-01@contoso.com", deliveredFor: "alerts@contoso.com")]));
        Assert.True(expectation.IsComplete([Message("ups-01@contoso.com", deliveredFor: "alerts@contoso.com"), Message("ups-01@contoso.com", deliveredFor: "ALERTS-POWER@contoso.com")]));
    }

    private static MailboxMessage Message(string sender, string subject = "Test email", string body = "", string deliveredFor = "alerts@contoso.com") => new()
    {
        Id = "1",
        Sender = sender,
        Subject = subject,
        Body = body,
        DeliveredFor = [deliveredFor],
        ArrivedAt = Trigger.AddSeconds(1),
    };
}
