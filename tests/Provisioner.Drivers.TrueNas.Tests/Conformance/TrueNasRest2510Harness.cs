using Provisioner.Lab.Devices.TrueNas;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

/// <summary>SCALE 25.10 over REST (alert services with <c>attributes.type</c>) on 127.210.x.</summary>
public sealed class TrueNasRest2510Harness() : TrueNasHarness(210, TrueNasLabFirmware.Scale2510);
