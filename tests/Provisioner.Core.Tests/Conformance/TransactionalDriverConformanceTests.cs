using Provisioner.Testing.Conformance;

namespace Provisioner.Core.Tests.Conformance;

/// <summary>The suite over the commit- and snapshot-capable variant of the scripted driver.</summary>
public sealed class TransactionalDriverConformanceTests(TransactionalHarness harness) : DriverConformanceTests<TransactionalHarness>(harness);
