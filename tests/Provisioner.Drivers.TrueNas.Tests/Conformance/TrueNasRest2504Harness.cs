using Provisioner.Lab.Devices.TrueNas;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

/// <summary>SCALE 25.04 over REST (alert services with a top-level <c>type</c>) on 127.212.x.</summary>
public sealed class TrueNasRest2504Harness() : TrueNasHarness(212, TrueNasLabFirmware.Scale2504);
