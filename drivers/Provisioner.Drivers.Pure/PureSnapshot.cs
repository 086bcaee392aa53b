namespace Provisioner.Drivers.Pure;

/// <summary>What a snapshot keeps: <c>smtp-servers</c> as read (no password) and the managed watchers in order.</summary>
/// <param name="Smtp">The SMTP settings.</param>
/// <param name="Watchers">The managed watchers.</param>
internal sealed record PureSnapshot(SmtpServer Smtp, IReadOnlyList<AlertWatcher> Watchers);
