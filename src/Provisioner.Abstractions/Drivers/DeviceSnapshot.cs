namespace Provisioner.Abstractions;

/// <summary>
/// Captured device state to restore later. <see cref="DriverState"/> is private to the driver that made
/// it (it may hold secrets) and is never rendered, logged or reported.
/// </summary>
public sealed record DeviceSnapshot
{
    /// <summary>The readable canonical values at capture time.</summary>
    public IReadOnlyDictionary<SettingKey, Observed> Values { get; init; } = new Dictionary<SettingKey, Observed>();

    /// <summary>Opaque driver data (e.g. a config blob); only the creating driver reads it.</summary>
    public object? DriverState { get; init; }

    /// <summary>Never shows <see cref="DriverState"/>.</summary>
    public override string ToString() => $"DeviceSnapshot ({Values.Count} values)";
}
