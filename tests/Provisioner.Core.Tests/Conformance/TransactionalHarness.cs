using Provisioner.Abstractions;
using Provisioner.Testing.Fakes;

namespace Provisioner.Core.Tests.Conformance;

/// <summary>The scripted driver with Commit and Snapshot capabilities, so the suite exercises driver-level restore.</summary>
public sealed class TransactionalHarness() : ScriptedHarness(ScriptedDriver.DefaultDescriptor with
{
    Id = "scripted.transactional",
    Capabilities = DriverCapabilities.Commit | DriverCapabilities.Snapshot,
});
