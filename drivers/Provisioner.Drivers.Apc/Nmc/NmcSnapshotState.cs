namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>What a snapshot keeps: the <c>smtp</c> and <c>email</c> read-outs (the password is never readable).</summary>
/// <param name="Smtp">The SMTP settings.</param>
/// <param name="Slots">Recipients 1–4.</param>
internal sealed record NmcSnapshotState(NmcSmtp Smtp, IReadOnlyList<NmcRecipientSlot> Slots);
