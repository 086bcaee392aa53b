using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>Turns the <c>smtp</c> and <c>email</c> read-outs into canonical observations (README table).</summary>
internal static class NmcReadMapping
{
    /// <summary>The keys read from <c>smtp</c>.</summary>
    public static IReadOnlySet<SettingKey> SmtpKeys { get; } = new HashSet<SettingKey>
    {
        SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpSecurity, SettingKey.SmtpAuthUser, SettingKey.SmtpAuthPassword, SettingKey.SmtpFrom,
    };

    /// <summary>The keys read from <c>email</c>.</summary>
    public static IReadOnlySet<SettingKey> EmailKeys { get; } = new HashSet<SettingKey> { SettingKey.SmtpEnabled, SettingKey.SmtpRecipients };

    /// <summary>The observation of an <c>smtp</c> key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="smtp">The read-out.</param>
    /// <returns>The observation.</returns>
    public static Observed Read(SettingKey key, NmcSmtp smtp)
    {
        if (key.Equals(SettingKey.SmtpRelay))
        {
            return smtp.Server.Length == 0 || smtp.Server == "0.0.0.0" ? new Observed.Absent() : new Observed.Known(new TextValue(smtp.Server));
        }

        if (key.Equals(SettingKey.SmtpPort))
        {
            return new Observed.Known(new IntegerValue(smtp.Port));
        }

        if (key.Equals(SettingKey.SmtpSecurity))
        {
            return Security(smtp.Encryption) is { } security
                ? new Observed.Known(new SecurityValue(security))
                : new Observed.NotSupported($"smtp shows Encryption '{smtp.Encryption}', which the driver does not map to none, starttls or tls");
        }

        if (key.Equals(SettingKey.SmtpAuthUser))
        {
            return new Observed.Known(new TextValue(smtp.Auth ? smtp.User : string.Empty));
        }

        if (key.Equals(SettingKey.SmtpAuthPassword))
        {
            return new Observed.WriteOnly();
        }

        return smtp.From.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(smtp.From));
    }

    /// <summary>The observation of an <c>email</c> key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="slots">Recipients 1–4.</param>
    /// <returns>The observation.</returns>
    public static Observed Read(SettingKey key, IReadOnlyList<NmcRecipientSlot> slots) => key.Equals(SettingKey.SmtpEnabled)
        ? new Observed.Known(new BooleanValue(slots.Any(s => s.Delivers)))
        : new Observed.Known(new RecipientsValue([.. slots.Where(s => s.Delivers).Select(s => new Recipient(s.Address))]));

    /// <summary>The canonical security of an <c>-e</c> word; null when unknown.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The security or null.</returns>
    public static SmtpSecurity? Security(string word) => word switch
    {
        NmcCommands.EncryptionNone or NmcCommands.EncryptionIfAvailable => SmtpSecurity.None,
        NmcCommands.EncryptionAlways => SmtpSecurity.StartTls,
        NmcCommands.EncryptionImplicit => SmtpSecurity.Tls,
        _ => null,
    };

    /// <summary>The <c>-e</c> word written for a canonical security.</summary>
    /// <param name="security">The security.</param>
    /// <returns>The word.</returns>
    public static string Encryption(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => NmcCommands.EncryptionAlways,
        SmtpSecurity.Tls => NmcCommands.EncryptionImplicit,
        _ => NmcCommands.EncryptionNone,
    };
}
