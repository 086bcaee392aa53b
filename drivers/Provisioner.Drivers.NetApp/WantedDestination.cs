namespace Provisioner.Drivers.NetApp;

/// <summary>What one of the driver's destinations should hold.</summary>
/// <param name="Address">The recipient address.</param>
/// <param name="Filter">The filter it is bound to.</param>
internal sealed record WantedDestination(string Address, string Filter);
