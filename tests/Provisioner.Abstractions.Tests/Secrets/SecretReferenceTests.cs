using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Secrets;

public sealed class SecretReferenceTests
{
    [Theory]
    [InlineData("env:SNMP_COMMUNITY", SecretScheme.Environment, "SNMP_COMMUNITY")]
    [InlineData("file:/etc/provisioner/ny.community", SecretScheme.File, "/etc/provisioner/ny.community")]
    public void TryParse_WellFormed_ReturnsReference(string text, SecretScheme scheme, string target)
    {
        Assert.True(SecretReference.TryParse(text, out var reference));
        Assert.Equal(new SecretReference(scheme, target), reference);
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("public")]
    [InlineData("env:")]
    [InlineData("env:1ABC")]
    [InlineData("env:A-B")]
    [InlineData("file:")]
    public void TryParse_Malformed_ReturnsFalse(string text) => Assert.False(SecretReference.TryParse(text, out _));

    [Fact]
    public void Secret_ToString_NeverShowsValue()
    {
        var secret = new Secret("canary-5f1e");

        Assert.Equal(Secret.Redacted, secret.ToString());
        Assert.DoesNotContain("canary", $"community={secret}", StringComparison.Ordinal);
        Assert.Equal("canary-5f1e", secret.Reveal());
    }
}
