using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Drivers;

public sealed class IdentityRuleTests
{
    private static readonly IdentityRule Rule = new()
    {
        VendorPattern = "^HPE?$",
        ModelPattern = "^iLO [56]$",
        Details = [new IdentityDetailRule("redfish.product", "ProLiant", "a ProLiant", 8)],
    };

    private static IdentifyResponse Ilo(string? vendor, string? model, string? product) => new()
    {
        Vendor = vendor,
        Model = model,
        Details = product is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["redfish.product"] = product },
    };

    [Theory]
    [InlineData("HPE", "iLO 5", "ProLiant DL380 Gen10", true)]
    [InlineData("hp", "ilo 6", "proliant dl360", true)]
    [InlineData("Dell", "iLO 5", "ProLiant DL380 Gen10", false)]
    [InlineData("HPE", "iDRAC9", "ProLiant DL380 Gen10", false)]
    [InlineData("HPE", "iLO 5", null, false)]
    [InlineData(null, "iLO 5", "ProLiant", false)]
    public void Matches_Identity_EverySetPartMustMatch(string? vendor, string? model, string? product, bool expected) =>
        Assert.Equal(expected, Rule.Matches(Ilo(vendor, model, product)));

    [Fact]
    public void Mismatches_WrongDevice_NamesEachFailingPartInWords() =>
        Assert.Equal(
            ["vendor is 'Dell', expected to match /^HPE?$/", "model is 'iDRAC9', expected to match /^iLO [56]$/", "redfish.product is '(none)', expected a ProLiant"],
            Rule.Mismatches(Ilo("Dell", "iDRAC9", null)));

    [Fact]
    public void Matches_EmptyRule_AcceptsAnything() => Assert.True(new IdentityRule().Matches(new IdentifyResponse()));

    [Fact]
    public void Specificity_AddsThePartsWeights() =>
        Assert.Equal(8 + "^HPE?$".Length + "^iLO [56]$".Length, Rule.Specificity);
}
