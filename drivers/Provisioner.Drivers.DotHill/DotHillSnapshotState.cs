namespace Provisioner.Drivers.DotHill;

/// <summary>What a snapshot keeps: the <c>show email-parameters</c> read-out (the password is never readable).</summary>
/// <param name="Email">The read-out.</param>
internal sealed record DotHillSnapshotState(EmailParameters Email);
