using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpSecretEnvironmentTests
{
    private static readonly Dictionary<string, string> Variables = new()
    {
        [SnmpSecretEnvironment.CommunityVariable] = "env-community",
        [SnmpSecretEnvironment.AuthPasswordVariable] = "env-auth-pass",
        [SnmpSecretEnvironment.PrivPasswordVariable] = "env-priv-pass",
    };

    private readonly SnmpSecretEnvironment environment = new(name => Variables.GetValueOrDefault(name));

    [Fact]
    public void Secrets_NoOptions_ComeFromTheVariables()
    {
        Assert.Equal("env-community", environment.Community(null));
        Assert.Equal("env-auth-pass", environment.AuthPassword(null));
        Assert.Equal("env-priv-pass", environment.PrivPassword(null));
    }

    [Fact]
    public void Secrets_OptionsGiven_WinOverTheVariables()
    {
        Assert.Equal("cli-community", environment.Community("cli-community"));
        Assert.Equal("cli-auth-pass", environment.AuthPassword("cli-auth-pass"));
        Assert.Equal("cli-priv-pass", environment.PrivPassword("cli-priv-pass"));
    }

    [Fact]
    public void Secrets_VariableEmptyOrMissing_AreNull()
    {
        var empty = new SnmpSecretEnvironment(name => name == SnmpSecretEnvironment.CommunityVariable ? string.Empty : null);

        Assert.Null(empty.Community(null));
        Assert.Null(empty.AuthPassword(null));
    }
}
