using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;

namespace Provisioner.Snmp.Tests.Agent;

public sealed class AgentPduProcessorTests
{
    [Theory]
    [InlineData(SnmpErrorStatus.WrongValue, SnmpErrorStatus.BadValue)]
    [InlineData(SnmpErrorStatus.WrongEncoding, SnmpErrorStatus.BadValue)]
    [InlineData(SnmpErrorStatus.WrongType, SnmpErrorStatus.BadValue)]
    [InlineData(SnmpErrorStatus.WrongLength, SnmpErrorStatus.BadValue)]
    [InlineData(SnmpErrorStatus.InconsistentValue, SnmpErrorStatus.BadValue)]
    [InlineData(SnmpErrorStatus.NoAccess, SnmpErrorStatus.NoSuchName)]
    [InlineData(SnmpErrorStatus.NotWritable, SnmpErrorStatus.NoSuchName)]
    [InlineData(SnmpErrorStatus.NoCreation, SnmpErrorStatus.NoSuchName)]
    [InlineData(SnmpErrorStatus.InconsistentName, SnmpErrorStatus.NoSuchName)]
    [InlineData(SnmpErrorStatus.AuthorizationError, SnmpErrorStatus.NoSuchName)]
    [InlineData(SnmpErrorStatus.ResourceUnavailable, SnmpErrorStatus.GenErr)]
    [InlineData(SnmpErrorStatus.CommitFailed, SnmpErrorStatus.GenErr)]
    [InlineData(SnmpErrorStatus.UndoFailed, SnmpErrorStatus.GenErr)]
    [InlineData(SnmpErrorStatus.TooBig, SnmpErrorStatus.TooBig)]
    public void MapForVersion_V1_FollowsRfc2576(SnmpErrorStatus v2, SnmpErrorStatus v1)
    {
        Assert.Equal(v1, AgentPduProcessor.MapForVersion(v2, SnmpMessageVersion.V1));
        Assert.Equal(v2, AgentPduProcessor.MapForVersion(v2, SnmpMessageVersion.V2c));
    }
}
