using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

/// <summary>The <c>ssh</c> block of a credential set: user, password or private key, and the key's passphrase.</summary>
public sealed class SshCredentialKeysTests
{
    private const string SetLine = "    snmp: { version: 2c, community: env:FABRIKAM_COMMUNITY }\n";

    [Fact]
    public void Load_PrivateKeyWithPassphrase_BothReferencesReachTheSet()
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + "    ssh: { user: apc, private_key: file:keys/ups.key, private_key_passphrase: env:FABRIKAM_KEY_PASSPHRASE }\n"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var ssh = result.Inventory!.Credentials["snmp-main"].Ssh!;
        Assert.Equal("apc", ssh.User);
        Assert.Null(ssh.Password);
        Assert.Equal(SecretScheme.File, ssh.PrivateKey!.Scheme);
        Assert.EndsWith("keys/ups.key", ssh.PrivateKey.Target, StringComparison.Ordinal);
        Assert.Equal(new SecretReference(SecretScheme.Environment, "FABRIKAM_KEY_PASSPHRASE"), ssh.PrivateKeyPassphrase);
    }

    [Fact]
    public void Load_PrivateKeyWithoutPassphrase_LeavesItNull()
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + "    ssh: { user: apc, private_key: file:keys/ups.key }\n"));

        Assert.Null(result.Inventory!.Credentials["snmp-main"].Ssh!.PrivateKeyPassphrase);
    }

    [Fact]
    public void Load_PassphraseWithoutPrivateKey_IsAnErrorAtThePassphrase()
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + "    ssh: { user: apc, password: env:FABRIKAM_SSH_PASSWORD, private_key_passphrase: env:FABRIKAM_KEY_PASSPHRASE }\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("inventory.invalidValue", error.Code);
        Assert.Contains("credentials 'snmp-main' ssh sets 'private_key_passphrase' without 'private_key'", error.Summary, StringComparison.Ordinal);
        Assert.Equal(27, error.Source!.Line);
    }

    [Fact]
    public void Load_InlinePassphrase_IsAnInlineSecretError_ThatNeverRepeatsTheValue()
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + "    ssh: { user: apc, private_key: file:keys/ups.key, private_key_passphrase: Tr0ub4dor-passphrase }\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("inventory.inlineSecret", error.Code);
        Assert.Contains("private_key_passphrase", error.Summary + error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Tr0ub4dor", error.Summary + error.Detail, StringComparison.Ordinal);
    }
}
