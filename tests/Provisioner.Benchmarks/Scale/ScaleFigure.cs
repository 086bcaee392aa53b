namespace Provisioner.Benchmarks.Scale;

/// <summary>One measured row of the scale table.</summary>
/// <param name="Scenario">E.g. <c>apply, no faults</c>.</param>
/// <param name="Devices">How many devices the row covers (measured, not extrapolated).</param>
/// <param name="Parallel">The <c>--parallel</c> used, or 1 for the tools loop.</param>
/// <param name="Wall">Wall time.</param>
/// <param name="Cpu">CPU time of the provisioning side (runner process, or the tools' processes).</param>
/// <param name="PeakBytes">Peak resident memory of the provisioning side.</param>
/// <param name="LabCpu">CPU time of the lab process during the row.</param>
/// <param name="LabPeakBytes">Peak resident memory of the lab process during the row.</param>
/// <param name="Outcomes">Outcome counts, e.g. <c>changed 10000</c>.</param>
/// <param name="Note">Anything else: allocations, GCs, retries, extrapolation.</param>
internal sealed record ScaleFigure(
    string Scenario,
    int Devices,
    int Parallel,
    TimeSpan Wall,
    TimeSpan Cpu,
    long PeakBytes,
    TimeSpan LabCpu,
    long LabPeakBytes,
    string Outcomes,
    string Note)
{
    /// <summary>The 1-minute load average when the row finished (the machine is shared).</summary>
    public string Load { get; init; } = string.Empty;

    /// <summary>Devices per second of wall time.</summary>
    public double DevicesPerSecond => Devices / Wall.TotalSeconds;

    /// <summary>This row scaled linearly to <paramref name="devices"/> (for the one-device-after-another tools loop).</summary>
    public ScaleFigure ExtrapolatedTo(int devices)
    {
        var factor = devices / (double)Devices;
        return this with
        {
            Scenario = Scenario + $" (extrapolated from {Devices})",
            Devices = devices,
            Wall = Wall * factor,
            Cpu = Cpu * factor,
            LabCpu = LabCpu * factor,
        };
    }
}
