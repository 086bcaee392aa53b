namespace Provisioner.Drivers.TrueNas;

/// <summary>What a snapshot keeps: the mail configuration as read (its echoed password as a <see cref="Abstractions.Secret"/>) and the driver's alert services in order.</summary>
/// <param name="Mail">The configuration.</param>
/// <param name="Services">The driver's services.</param>
internal sealed record TrueNasSnapshotState(MailConfig Mail, IReadOnlyList<AlertService> Services);
