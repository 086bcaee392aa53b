using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Provisioner.Mail.Tests;

/// <summary>
/// Runs the rendered Exchange script in a hosted PowerShell runspace against stand-ins for the
/// Exchange cmdlets (ExchangeStandIn.ps1) that hold the organisation's state.
/// </summary>
public sealed class ExchangeScriptBehaviourTests(ExchangeRunspace exchange) : IClassFixture<ExchangeRunspace>, IDisposable
{
    private static readonly string[] ExistingRanges = ["192.168.50.0/24"];
    private readonly TempDirectory directory = new();

    private static readonly string[] ExpectedAfterFirstRun =
    [
        "connector Relay ranges=192.168.50.0/24,10.6.0.0/16,10.8.0.0/16",
        "contact 2695555555@vtext.com name=2695555555@vtext.com alias=2695555555.vtext.com hidden=True policy=False addresses=SMTP:2695555555@vtext.com",
        "group alerts-critical@contoso.com name=alerts-critical alias=alerts-critical hidden=True requireAuth=False members=2695555555@vtext.com,administrator@contoso.com",
        "group alerts-power@contoso.com name=alerts-power alias=alerts-power hidden=True requireAuth=False members=administrator@contoso.com,facilities@contoso.com",
        "group alerts@contoso.com name=alerts alias=alerts hidden=True requireAuth=False members=administrator@contoso.com,it-team@contoso.com",
    ];

    public void Dispose() => directory.Dispose();

    private string Write(MailSide side, string name = "exchange-mail.ps1")
    {
        var content = Assert.Single(new ExchangeScriptRenderer(new FakeTimeProvider()).Render(side)).Content;
        return directory.Write(name, content);
    }

    private void ResetEmptyOrganisation() => exchange.Reset(SampleMailSide.Mailboxes, ExistingRanges);

    [Fact]
    public void Run_EmptyOrganisation_CreatesExactlyWhatTheInventorySays()
    {
        ResetEmptyOrganisation();

        var result = exchange.RunScript(Write(SampleMailSide.Create()));

        Assert.Equal(ExpectedAfterFirstRun, exchange.State());
        Assert.Empty(result.Warnings);
        Assert.Equal(result.Changes.Count, result.Output.Count);
    }

    [Fact]
    public void Run_Twice_SecondRunChangesNothing()
    {
        ResetEmptyOrganisation();
        var script = Write(SampleMailSide.Create());
        exchange.RunScript(script);

        var second = exchange.RunScript(script);

        Assert.Empty(second.Changes);
        Assert.Empty(second.Output);
        Assert.Equal(ExpectedAfterFirstRun, exchange.State());
    }

    [Fact]
    public void Run_MemberAdded_AddsOnlyThatMember()
    {
        ResetEmptyOrganisation();
        var side = SampleMailSide.Create();
        exchange.RunScript(Write(side));
        var changed = side with { Groups = [side.Groups[0] with { Members = [.. side.Groups[0].Members, "ops@contoso.com"] }, .. side.Groups.Skip(1)] };

        var result = exchange.RunScript(Write(changed, "changed.ps1"));

        Assert.Equal(["Add-DistributionGroupMember alerts@contoso.com ops@contoso.com"], result.Changes);
    }

    [Fact]
    public void Run_GroupRenamed_CreatesOnlyTheNewGroupWithItsMembers()
    {
        ResetEmptyOrganisation();
        var side = SampleMailSide.Create();
        exchange.RunScript(Write(side));
        var renamed = side.Groups[1] with { Name = "alerts-facility", Address = "alerts-facility@contoso.com" };
        var changed = side with { Groups = [side.Groups[0], renamed, side.Groups[2]] };

        var result = exchange.RunScript(Write(changed, "changed.ps1"));

        Assert.Equal(
            [
                "New-DistributionGroup alerts-facility@contoso.com name=alerts-facility",
                "Set-DistributionGroup alerts-facility@contoso.com",
                "Add-DistributionGroupMember alerts-facility@contoso.com administrator@contoso.com",
                "Add-DistributionGroupMember alerts-facility@contoso.com facilities@contoso.com",
            ],
            result.Changes);
    }

    [Fact]
    public void Run_RangeAdded_AddsOnlyThatRangeAndKeepsTheOthers()
    {
        ResetEmptyOrganisation();
        var side = SampleMailSide.Create();
        exchange.RunScript(Write(side));
        var changed = side with { Relay = side.Relay with { AllowedRanges = [.. side.Relay.AllowedRanges, IPNetwork.Parse("10.9.0.0/16")] } };

        var result = exchange.RunScript(Write(changed, "changed.ps1"));

        Assert.Equal(["Set-ReceiveConnector Relay Add=10.9.0.0/16"], result.Changes);
        Assert.Equal("connector Relay ranges=192.168.50.0/24,10.6.0.0/16,10.8.0.0/16,10.9.0.0/16", exchange.State()[0]);
    }

    [Fact]
    public void Run_WhatIf_ChangesNothing()
    {
        ResetEmptyOrganisation();
        var before = exchange.State();

        var result = exchange.RunScript(Write(SampleMailSide.Create()), new Dictionary<string, object> { ["WhatIf"] = true });

        Assert.Empty(result.Changes);
        Assert.Equal(before, exchange.State());
    }

    [Fact]
    public void Run_ExtraMemberWithoutPrune_KeepsIt()
    {
        ResetEmptyOrganisation();
        var side = SampleMailSide.Create();
        var script = Write(side);
        exchange.RunScript(script);
        exchange.RunScript(Write(side with { Groups = [side.Groups[0] with { Members = [.. side.Groups[0].Members, "ops@contoso.com"] }] }, "more.ps1"));

        var result = exchange.RunScript(script);

        Assert.Empty(result.Changes);
        Assert.Contains("members=administrator@contoso.com,it-team@contoso.com,ops@contoso.com", exchange.State()[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExtraMemberWithPrune_RemovesOnlyIt()
    {
        ResetEmptyOrganisation();
        var side = SampleMailSide.Create();
        var script = Write(side);
        exchange.RunScript(Write(side with { Groups = [side.Groups[0] with { Members = [.. side.Groups[0].Members, "ops@contoso.com"] }] }, "more.ps1"));

        exchange.RunScript(script);
        var result = exchange.RunScript(script, new Dictionary<string, object> { ["Prune"] = true });

        Assert.Equal(["Remove-DistributionGroupMember alerts@contoso.com ops@contoso.com"], result.Changes);
        Assert.Equal(ExpectedAfterFirstRun, exchange.State());
    }

    [Fact]
    public void Run_ConnectorWithoutAnonymousRelayRight_WarnsWithTheFix()
    {
        exchange.Reset(SampleMailSide.Mailboxes, ExistingRanges, anonymousRelay: false);

        var result = exchange.RunScript(Write(SampleMailSide.Create()));

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Add-ADPermission -Identity 'Relay' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Accept-Any-Recipient'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConnectorMissing_FailsNamingTheConnector()
    {
        ResetEmptyOrganisation();

        var error = Assert.ThrowsAny<Exception>(() => exchange.RunScript(Write(SampleMailSide.Create()), new Dictionary<string, object> { ["ReceiveConnector"] = "MAIL01\\Anonymous Relay" }));

        Assert.Contains("Receive connector 'MAIL01\\Anonymous Relay' not found", error.Message, StringComparison.Ordinal);
        Assert.Empty(exchange.Changes());
    }

    [Fact]
    public void Run_ContosoTwice_CreatesEveryGroupAndContactThenChangesNothing()
    {
        var side = ContosoMailSide.Create();
        exchange.Reset(side.Groups.SelectMany(g => g.Members).Distinct(), ExistingRanges);
        var script = Write(side);

        var first = exchange.RunScript(script);
        var second = exchange.RunScript(script);

        Assert.Equal(side.Groups.Count, first.Changes.Count(c => c.StartsWith("New-DistributionGroup ", StringComparison.Ordinal)));
        Assert.Equal(side.Contacts.Count, first.Changes.Count(c => c.StartsWith("New-MailContact ", StringComparison.Ordinal)));
        Assert.Equal(side.Groups.Sum(g => g.Members.Count + g.External.Count), first.Changes.Count(c => c.StartsWith("Add-DistributionGroupMember ", StringComparison.Ordinal)));
        Assert.Empty(second.Changes);
    }

    [Fact]
    public void Run_GroupManagedBySomeoneElse_FailsWithoutBypassAndWorksWithIt()
    {
        ResetEmptyOrganisation();
        exchange.AddForeignGroup("alerts", "administrator@contoso.com");
        var script = Write(SampleMailSide.Create());

        var refused = Assert.ThrowsAny<Exception>(() => exchange.RunScript(script));
        var result = exchange.RunScript(script, new Dictionary<string, object> { ["BypassSecurityGroupManagerCheck"] = true });

        Assert.Contains("manager of the group", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Add-DistributionGroupMember alerts@contoso.com it-team@contoso.com", result.Changes);
        Assert.Equal(ExpectedAfterFirstRun, exchange.State());
    }

    [Fact]
    public void Run_ContactMadeByHand_KeepsOnlyTheExternalSmtpAddressAndNonSmtpProxies()
    {
        ResetEmptyOrganisation();
        exchange.AddContact("2695555555@vtext.com", "SMTP:2695555555@vtext.com", "smtp:legacy@contoso.com", "X500:/o=Contoso/ou=Legacy/cn=Recipients/cn=legacy");

        var result = exchange.RunScript(Write(SampleMailSide.Create()));

        Assert.Contains("Set-MailContact 2695555555@vtext.com", result.Changes);
        Assert.DoesNotContain(result.Changes, c => c.StartsWith("New-MailContact", StringComparison.Ordinal));
        Assert.Contains(
            "contact 2695555555@vtext.com name=2695555555@vtext.com alias=legacy hidden=True policy=False addresses=SMTP:2695555555@vtext.com,X500:/o=Contoso/ou=Legacy/cn=Recipients/cn=legacy",
            exchange.State());
    }

    [Fact]
    public void Run_EmptyInventory_ChangesNothing()
    {
        ResetEmptyOrganisation();
        var side = SampleMailSide.Create() with { Groups = [], Devices = [], Relay = SampleMailSide.Create().Relay with { AllowedRanges = [] } };

        var result = exchange.RunScript(Write(side));

        Assert.Empty(result.Changes);
        Assert.Empty(result.Output);
    }
}
