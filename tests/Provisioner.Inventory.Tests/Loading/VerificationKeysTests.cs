using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

/// <summary>The <c>verification</c> section: the IMAP mailbox <c>provisioner test</c> watches.</summary>
public sealed class VerificationKeysTests
{
    private const string Full = """
        verification:
          host: mail01.contoso.com
          port: 1993
          security: starttls
          user: administrator@contoso.com
          password: env:IMAP_PASSWORD
          folder: Alerts
          certificate_sha256: "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89"
          timeout: 300

        """;

    [Fact]
    public void Load_FullSection_ReachesTheModel()
    {
        var result = Examples.LoadText(Examples.MinimalText + Full);

        Assert.Empty(result.Diagnostics);
        var v = result.Inventory!.Verification!;
        Assert.Equal(("mail01.contoso.com", 1993, SmtpSecurity.StartTls, "administrator@contoso.com", "Alerts"), (v.Host, v.Port, v.Security, v.User, v.Folder));
        Assert.Equal(new SecretReference(SecretScheme.Environment, "IMAP_PASSWORD"), v.Password);
        Assert.Equal(TimeSpan.FromMinutes(5), v.Timeout);
        Assert.StartsWith("AB:CD:EF", v.CertificatePin, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MinimalSection_TakesImplicitTlsOn993AndTheInbox()
    {
        var result = Examples.LoadText(Examples.MinimalText + "verification: { host: 10.6.0.30, user: admin, password: env:IMAP_PASSWORD }\n");

        Assert.Empty(result.Diagnostics);
        var v = result.Inventory!.Verification!;
        Assert.Equal((993, SmtpSecurity.Tls, "INBOX", (string?)null, TimeSpan.FromSeconds(120)), (v.Port, v.Security, v.Folder, v.CertificatePin, v.Timeout));
    }

    [Fact]
    public void Load_NoSection_LeavesVerificationNull()
    {
        Assert.Null(Examples.LoadText(Examples.MinimalText).Inventory!.Verification);
    }

    [Theory]
    [InlineData("verification: { host: mail01, user: a, password: env:P, mailbox: x }\n", "mailbox", 1)]
    [InlineData("verification: { host: mail01, user: a, password: hunter2 }\n", "inline", 1)]
    [InlineData("verification: { host: mail01, user: a }\n", "password", 1)]
    [InlineData("verification:\n  host: mail01\n  user: a\n  password: env:P\n  port: 70000\n", "port", 5)]
    [InlineData("verification:\n  host: mail01\n  user: a\n  password: env:P\n  security: ssl\n", "security", 5)]
    [InlineData("verification:\n  host: mail01\n  user: a\n  password: env:P\n  certificate_sha256: abc\n", "fingerprint", 5)]
    [InlineData("verification: [a]\n", "verification", 1)]
    public void Load_BadSection_IsAnErrorAtFileLineColumn(string section, string expected, int lineInSection)
    {
        var text = Examples.MinimalText + section;
        var firstLine = Examples.MinimalText.Split('\n').Length;

        var result = Examples.LoadText(text);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(expected, error.Summary + error.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(firstLine + lineInSection - 1, error.Source!.Line);
        Assert.True(error.Source.Column >= 1);
    }

    [Fact]
    public void Load_VerificationInTwoFiles_IsAnErrorNamingBoth()
    {
        var section = "verification: { host: mail01, user: a, password: env:P }\n";
        var result = InventoryLoader.LoadFromText([new("a.yaml", Examples.MinimalText + section), new("b.yaml", section)]);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Summary.Contains("'verification'", StringComparison.Ordinal));
    }
}
