using Provisioner.Abstractions;

namespace Provisioner.Testing.Conformance;

/// <summary>A misbehaviour a simulated device can be told to show.</summary>
public abstract record SimulatedFault
{
    private SimulatedFault()
    {
    }

    /// <summary>The device refuses every write of <paramref name="Key"/> (SNMP wrongValue, HTTP 400, CLI error).</summary>
    /// <param name="Key">The setting.</param>
    public sealed record RejectWrites(SettingKey Key) : SimulatedFault;

    /// <summary>The device acknowledges writes of <paramref name="Key"/> but keeps its old value.</summary>
    /// <param name="Key">The setting.</param>
    public sealed record LoseWrites(SettingKey Key) : SimulatedFault;

    /// <summary>The device stops answering anything.</summary>
    public sealed record Silent() : SimulatedFault;
}
