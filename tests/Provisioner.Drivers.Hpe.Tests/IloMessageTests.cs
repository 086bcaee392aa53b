namespace Provisioner.Drivers.Hpe.Tests;

public sealed class IloMessageTests
{
    [Fact]
    public void Parse_DocumentedSuccessBody_IsOneSuccessMessage()
    {
        // HPEDevCom/redfishdocs docs/concepts/errorresponses.md, quoted in rest-ssh-apis.md §2b.
        const string body = """{"error":{"code":"iLO.0.10.ExtendedInfo","message":"See @Message.ExtendedInfo for more information.","@Message.ExtendedInfo":[{"MessageId":"Base.1.12.Success"}]}}""";

        var message = Assert.Single(IloMessage.Parse(body));

        Assert.True(message.IsSuccess);
        Assert.False(message.IsAlertMailDisabled);
    }

    [Theory]
    [InlineData("iLO.2.25.AlertMailFeatureDisabled")]
    [InlineData("iLO.2.34.AlertMailFeatureDisabled")]
    public void Parse_AlertMailDisabled_MatchesTheSuffixWhateverTheVersion(string id)
    {
        var message = Assert.Single(IloMessage.Parse($$$"""{"error":{"code":"iLO.0.10.ExtendedInfo","@Message.ExtendedInfo":[{"MessageId":"{{{id}}}"}]}}"""));

        Assert.True(message.IsAlertMailDisabled);
        Assert.False(message.IsSuccess);
    }

    [Fact]
    public void Parse_FailureWithArgs_DescribesIdAndProperty()
    {
        var message = Assert.Single(IloMessage.Parse("""{"error":{"@Message.ExtendedInfo":[{"MessageId":"iLO.2.25.PropertyValueBadParam","MessageArgs":["AlertMailEmail"]}]}}"""));

        Assert.Equal("iLO.2.25.PropertyValueBadParam (AlertMailEmail)", message.Describe());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"Id":"NetworkProtocol"}""")]
    public void Parse_BodyWithoutMessages_IsEmpty(string body) => Assert.Empty(IloMessage.Parse(body));
}
