namespace Provisioner.Benchmarks.Quick;

/// <summary>One line of the quick runner's table.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="InFlight">Requests or cycles outstanding at once.</param>
/// <param name="PerSecond">Completed round trips (or cycles) per second.</param>
/// <param name="Note">How it compares with its reference, or empty.</param>
public sealed record QuickMeasurement(string Name, int InFlight, double PerSecond, string Note);
