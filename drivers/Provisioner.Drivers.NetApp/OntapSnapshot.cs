namespace Provisioner.Drivers.NetApp;

/// <summary>What a snapshot keeps: the EMS mail settings as held and the driver's destinations in order.</summary>
/// <param name="Ems">The EMS mail settings.</param>
/// <param name="Destinations">Address and filter of each of the driver's e-mail destinations.</param>
internal sealed record OntapSnapshot(EmsMail Ems, IReadOnlyList<WantedDestination> Destinations);
