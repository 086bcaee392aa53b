using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish.Tests;

public sealed class SubscriptionPlanTests
{
    private static SmtpSubscription Sub(int id, string address, params string[] severities) =>
        new($"/redfish/v1/EventService/Subscriptions/{id}", address, severities.Length == 0 ? null : severities, null);

    [Fact]
    public void SameSet_SameOrder_WritesNothing()
    {
        var plan = SubscriptionPlan.Compute([Sub(1, "a@x.com"), Sub(2, "b@x.com")], [new Recipient("A@x.com"), new Recipient("b@x.com")], filters: false);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void UnwantedSubscription_IsDeleted_TheRestKept()
    {
        var plan = SubscriptionPlan.Compute([Sub(1, "old@x.com"), Sub(2, "a@x.com")], [new Recipient("a@x.com")], filters: false);

        Assert.Equal(["old@x.com"], plan.Deletes.Select(d => d.Address));
        Assert.Empty(plan.Creates);
    }

    [Fact]
    public void NewRecipientAtTheEnd_IsOnlyCreated()
    {
        var plan = SubscriptionPlan.Compute([Sub(1, "a@x.com")], [new Recipient("a@x.com"), new Recipient("b@x.com")], filters: false);

        Assert.Empty(plan.Deletes);
        Assert.Equal([(1, "b@x.com")], plan.Creates.Select(c => (c.Index, c.Recipient.Address)));
    }

    [Fact]
    public void NewRecipientInFront_RecreatesTheOnesBehindIt_SoTheOrderHolds()
    {
        var plan = SubscriptionPlan.Compute([Sub(1, "b@x.com")], [new Recipient("a@x.com"), new Recipient("b@x.com")], filters: false);

        Assert.Equal(["b@x.com"], plan.Deletes.Select(d => d.Address));
        Assert.Equal(["a@x.com", "b@x.com"], plan.Creates.Select(c => c.Recipient.Address));
    }

    [Fact]
    public void LevelDiffers_WhereTheServiceFilters_IsDeleteAndCreate()
    {
        var existing = new[] { Sub(1, "a@x.com", "Critical") };
        var wanted = new[] { new Recipient("a@x.com", AlertSeverity.Warning) };

        Assert.False(SubscriptionPlan.Compute(existing, wanted, filters: true).IsEmpty);
        Assert.True(SubscriptionPlan.Compute(existing, wanted, filters: false).IsEmpty);
    }

    [Fact]
    public void DuplicateSubscription_TheSecondIsDeleted()
    {
        var plan = SubscriptionPlan.Compute([Sub(1, "a@x.com"), Sub(2, "a@x.com")], [new Recipient("a@x.com")], filters: false);

        Assert.Equal(["/redfish/v1/EventService/Subscriptions/2"], plan.Deletes.Select(d => d.Path));
        Assert.Empty(plan.Creates);
    }

    [Theory]
    [InlineData("mailto:a@x.com", "a@x.com")]
    [InlineData("a@x.com", "a@x.com")]
    [InlineData("MAILTO:a@x.com?subject=alert", "a@x.com")]
    [InlineData("mailto:a%2Bops@x.com", "a+ops@x.com")]
    public void AddressOf_AcceptsBothForms(string destination, string address) =>
        Assert.Equal(address, SmtpSubscription.AddressOf(destination));
}
