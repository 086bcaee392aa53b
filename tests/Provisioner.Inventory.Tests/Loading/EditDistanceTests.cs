using CsCheck;
using Provisioner.Inventory.Loading;

namespace Provisioner.Inventory.Tests.Loading;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("relay", "relay", 0)]
    [InlineData("relya", "relay", 2)]
    [InlineData("adress", "address", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_Words_ReturnsLevenshteinDistance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Fact]
    public void Suggest_Typo_ReturnsNearest() =>
        Assert.Equal("allowed_ranges", EditDistance.Suggest("alowed_range", ["address", "allowed_ranges", "auth"]));

    [Fact]
    public void Suggest_UnrelatedWord_ReturnsNull() =>
        Assert.Null(EditDistance.Suggest("colour", ["address", "port"]));

    [Fact]
    public void Between_IsSymmetric() =>
        Gen.Select(Gen.String[0, 12], Gen.String[0, 12]).Sample((a, b) => Assert.Equal(EditDistance.Between(a, b), EditDistance.Between(b, a)));
}
