using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Redaction;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("community=s3cret-RW", "community=[redacted]")]
    [InlineData("'s3cret-RW' refused", "'[redacted]' refused")]
    [InlineData("s3cret-RW", "[redacted]")]
    [InlineData("(s3cret-RW)", "([redacted])")]
    [InlineData("xs3cret-RW", "xs3cret-RW")]
    [InlineData("s3cret-RW2", "s3cret-RW2")]
    [InlineData("s3cret-RW_x", "s3cret-RW_x")]
    public void Redact_ReplacesTheSecretOnlyWhereItIsAWholeToken(string text, string expected)
    {
        var redactor = new SecretRedactor();
        redactor.Register(new Secret("s3cret-RW"));

        Assert.Equal(expected, redactor.Redact(text));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("lab")]
    public void Redact_SecretShorterThanTheMinimum_IsNeverSearchedFor(string secret)
    {
        var redactor = new SecretRedactor();
        redactor.Register(new Secret(secret));

        Assert.Equal("exit code 0 for site lab, x", redactor.Redact("exit code 0 for site lab, x"));
    }

    [Fact]
    public void Redact_SecretBetweenPunctuation_IsReplacedEveryTime()
    {
        var redactor = new SecretRedactor();
        redactor.Register(new Secret("demo-rw"));

        Assert.Equal("a=[redacted];b=[redacted]", redactor.Redact("a=demo-rw;b=demo-rw"));
    }
}
