using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;

namespace Provisioner.Core.Tests.Conformance;

/// <summary>The scripted fake passes the shared suite: proves the suite itself runs and can pass.</summary>
public sealed class ScriptedDriverConformanceTests(ScriptedHarness harness) : DriverConformanceTests<ScriptedHarness>(harness);
