using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>Turns <c>show email-parameters</c> into canonical observations, and canonical values into CLI words (README table).</summary>
internal static class DotHillReadMapping
{
    /// <summary>Every key the drivers read, all from <c>show email-parameters</c>.</summary>
    public static IReadOnlySet<SettingKey> Keys { get; } = new HashSet<SettingKey>
    {
        SettingKey.SmtpEnabled, SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpSecurity,
        SettingKey.SmtpAuthPassword, SettingKey.SmtpFrom, SettingKey.SmtpRecipients, SettingKey.AlertsMinimumSeverity,
    };

    /// <summary>The observation of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="e">The read-out.</param>
    /// <returns>The observation.</returns>
    public static Observed Read(SettingKey key, EmailParameters e)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(e);
        return key.Name switch
        {
            "smtp.enabled" => new Observed.Known(new BooleanValue(e.Enabled)),
            "smtp.relay" => e.Server.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(e.Server)),
            "smtp.port" => e.Port is null ? new Observed.NotSupported("this firmware shows no email-smtp-port")
                : e.PortNumber is { } port ? new Observed.Known(new IntegerValue(port))
                : new Observed.NotSupported($"email-smtp-port shows '{e.Port}', not a number"),
            "smtp.security" => e.Security is null ? new Observed.NotSupported("this firmware shows no email-security-protocol")
                : Security(e.Security) is { } security ? new Observed.Known(new SecurityValue(security))
                : new Observed.NotSupported($"email-security-protocol shows '{e.Security}', which the driver does not map"),
            "smtp.auth.password" => e.PasswordStatus is null ? new Observed.NotSupported("this firmware shows no email-sender-password") : new Observed.WriteOnly(),
            "smtp.from" => e.Sender.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(e.From)),
            "smtp.recipients" => new Observed.Known(new RecipientsValue([.. e.Recipients.Select(a => new Recipient(a))])),
            "alerts.minimum_severity" => Severity(e.Level) is { } severity ? new Observed.Known(new SeverityValue(severity))
                : e.Level == DotHillCommands.Levels.None ? new Observed.Absent()
                : new Observed.NotSupported($"email-notification-filter shows '{e.Level}', which the driver does not map"),
            _ => new Observed.NotSupported("the driver does not manage it"),
        };
    }

    /// <summary>The canonical security of an <c>email-security-protocol</c> word; null when unknown.</summary>
    /// <param name="word">The word, lower case.</param>
    /// <returns>The security or null.</returns>
    public static SmtpSecurity? Security(string word) => word switch
    {
        "none" => SmtpSecurity.None,
        DotHillAssumptions.StartTlsWord => SmtpSecurity.StartTls,
        DotHillAssumptions.ImplicitTlsWord => SmtpSecurity.Tls,
        _ => null,
    };

    /// <summary>The <c>security-protocol</c> word for a canonical security.</summary>
    /// <param name="security">The security.</param>
    /// <returns>The word.</returns>
    public static string SecurityWord(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => DotHillAssumptions.StartTlsWord,
        SmtpSecurity.Tls => DotHillAssumptions.ImplicitTlsWord,
        _ => "none",
    };

    /// <summary>
    /// The canonical minimum severity of a <c>notification-level</c>: <c>crit</c> Critical, <c>error</c> Major,
    /// <c>warn</c> Warning, <c>resolved</c> and <c>info</c> Informational (both mail more than warnings); null for
    /// <c>none</c> and unknown words.
    /// </summary>
    /// <param name="level">The word, lower case.</param>
    /// <returns>The severity or null.</returns>
    public static AlertSeverity? Severity(string level) => level switch
    {
        DotHillCommands.Levels.Critical => AlertSeverity.Critical,
        DotHillCommands.Levels.Error => AlertSeverity.Major,
        DotHillCommands.Levels.Warning => AlertSeverity.Warning,
        DotHillCommands.Levels.Resolved or DotHillCommands.Levels.Info => AlertSeverity.Informational,
        _ => null,
    };

    /// <summary>The <c>notification-level</c> for a minimum severity; null for Minor, which has no level of its own.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word or null.</returns>
    public static string? Level(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => DotHillCommands.Levels.Critical,
        AlertSeverity.Major => DotHillCommands.Levels.Error,
        AlertSeverity.Warning => DotHillCommands.Levels.Warning,
        AlertSeverity.Informational => DotHillCommands.Levels.Info,
        _ => null,
    };
}
