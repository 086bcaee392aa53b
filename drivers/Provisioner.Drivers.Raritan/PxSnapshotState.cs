namespace Provisioner.Drivers.Raritan;

/// <summary>What a snapshot keeps: the SMTP configuration as read (no password) and the driver's recipients in order.</summary>
/// <param name="Smtp">The configuration.</param>
/// <param name="Recipients">The addresses of the driver's actions.</param>
internal sealed record PxSnapshotState(SmtpConfiguration Smtp, IReadOnlyList<string> Recipients);
