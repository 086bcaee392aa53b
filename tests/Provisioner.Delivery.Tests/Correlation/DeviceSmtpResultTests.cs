namespace Provisioner.Delivery.Tests.Correlation;

/// <summary>Reading SMTP refusals out of a device's own result text.</summary>
public sealed class DeviceSmtpResultTests
{
    [Theory]
    [InlineData("receiver 1: 554, receiver 2: 250", new[] { 554 })]
    [InlineData("receiver 1: 9999, receiver 2: 9999", new int[0])]
    [InlineData("receiver 1: 250", new int[0])]
    [InlineData("HTTP 400 Base.1.8.PropertyValueNotInList", new int[0])]
    [InlineData("HTTP 204 from /redfish/v1/EventService/Actions/EventService.SubmitTestEvent", new int[0])]
    [InlineData("450 4.7.1 greylisted; 550 5.1.1 user unknown", new[] { 450, 550 })]
    [InlineData("relay 10.6.0.25:25 answered 554 5.7.1 refused", new[] { 554 })]
    public void Refusals_DeviceResult_AreTheFourAndFiveHundredCodes(string text, int[] expected)
    {
        Assert.Equal(expected, DeviceSmtpResult.Refusals(text));
    }

    [Fact]
    public void Refusals_NoResult_IsEmpty()
    {
        Assert.Empty(DeviceSmtpResult.Refusals(null));
    }
}
