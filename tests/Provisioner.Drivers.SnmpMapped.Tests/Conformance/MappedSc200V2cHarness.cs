using Provisioner.Abstractions;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.SnmpMapped.Tests.Conformance;

/// <summary>The mapped SC200 over SNMPv2c.</summary>
public sealed class MappedSc200V2cHarness : MappedSc200Harness
{
    protected override SnmpVersion Version => SnmpVersion.V2c;

    public override KnownDeviations Deviations { get; } = new KnownDeviations()
        .Add("BadCredentials_IsAuthFailed", "An SNMPv2c agent drops a request with a wrong community without answering (RFC 3584 §4.1), so bad credentials look like a timeout; SNMPv3 reports them (see the v3 run).");
}
