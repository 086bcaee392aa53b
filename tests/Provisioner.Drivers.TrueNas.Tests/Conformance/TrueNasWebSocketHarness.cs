using Provisioner.Lab.Devices.TrueNas;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

/// <summary>26.04 over the JSON-RPC WebSocket on 127.211.x.</summary>
public sealed class TrueNasWebSocketHarness() : TrueNasHarness(211, TrueNasLabFirmware.Scale2604);
