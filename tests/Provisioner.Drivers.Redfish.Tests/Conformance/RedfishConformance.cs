using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Redfish.Tests.Conformance;

public sealed class RedfishConformance(RedfishHarness harness) : DriverConformanceTests<RedfishHarness>(harness);
