using Provisioner.Abstractions;

namespace Provisioner.Testing.Conformance;

/// <summary>One write that reached a simulated device.</summary>
/// <param name="Key">The canonical setting it concerns (the simulator maps wire writes back to keys).</param>
/// <param name="Detail">What was written at wire level, e.g. an OID and value; secrets redacted.</param>
public sealed record SimulatedWrite(SettingKey Key, string Detail);
