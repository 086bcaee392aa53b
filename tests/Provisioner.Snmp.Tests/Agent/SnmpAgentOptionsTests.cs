using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Security;

namespace Provisioner.Snmp.Tests.Agent;

public sealed class SnmpAgentOptionsTests
{
    public static TheoryData<string, SnmpAgentOptions> Invalid() => new()
    {
        { "MaxMessageSize", new SnmpAgentOptions { MaxMessageSize = 100 } },
        { "EngineId", new SnmpAgentOptions { EngineId = [1, 2, 3] } },
        { "EngineBoots", new SnmpAgentOptions { EngineBoots = -1 } },
        { "AuthPassword", new SnmpAgentOptions { Users = [new UsmUser("u", AuthenticationProtocol.Sha1, "short")] } },
        { "Users", new SnmpAgentOptions { Users = [new UsmUser("u")], ReadOnlyUsers = [new UsmUser("u")] } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidOption_NamesIt(string parameter, SnmpAgentOptions options)
    {
        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void Validate_Defaults_AreValid()
    {
        new SnmpAgentOptions().Validate();
    }
}
