using Provisioner.Abstractions;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>Turns the iDRAC's attributes into canonical observations (README "Canonical settings ↔ wire").</summary>
internal static class IdracReadMapping
{
    /// <summary>Why the minimum severity is not read.</summary>
    public const string NoThreshold = "the iDRAC has no single minimum-severity attribute for e-mail: alerts are chosen per event category";

    /// <summary>The observation of <paramref name="key"/>.</summary>
    /// <param name="key">The setting.</param>
    /// <param name="a">The attributes.</param>
    /// <returns>The observation.</returns>
    public static Observed Read(SettingKey key, AttributeState a)
    {
        if (key.Equals(SettingKey.SmtpEnabled))
        {
            return a.Has(Endpoints.AlertEnable) ? new Observed.Known(new BooleanValue(a.Text(Endpoints.AlertEnable) == Endpoints.Enabled)) : Missing(Endpoints.AlertEnable);
        }

        if (key.Equals(SettingKey.SmtpRelay))
        {
            return !a.Has(Endpoints.SmtpServer) ? Missing(Endpoints.SmtpServer)
                : Assumptions.UnsetRelay.Contains(a.Text(Endpoints.SmtpServer).Trim()) ? new Observed.Absent()
                : new Observed.Known(new TextValue(a.Text(Endpoints.SmtpServer)));
        }

        if (key.Equals(SettingKey.SmtpPort))
        {
            return a.Value(Endpoints.SmtpPort) is long port ? new Observed.Known(new IntegerValue(port)) : Missing(Endpoints.SmtpPort);
        }

        if (key.Equals(SettingKey.SmtpSecurity))
        {
            return Security(a);
        }

        if (key.Equals(SettingKey.SmtpAuthUser))
        {
            return !a.Has(Endpoints.SmtpAuthentication) ? Missing(Endpoints.SmtpAuthentication)
                : new Observed.Known(new TextValue(a.Text(Endpoints.SmtpAuthentication) == Endpoints.Enabled ? a.Text(Endpoints.SmtpUserName) : string.Empty));
        }

        if (key.Equals(SettingKey.SmtpAuthPassword))
        {
            return a.Has(Endpoints.SmtpPassword) ? new Observed.WriteOnly() : Missing(Endpoints.SmtpPassword);
        }

        if (key.Equals(SettingKey.SmtpFrom))
        {
            return !a.Has(Endpoints.SenderEmail) ? Missing(Endpoints.SenderEmail)
                : a.Text(Endpoints.SenderEmail).Length == 0 ? new Observed.Absent()
                : new Observed.Known(new TextValue(a.Text(Endpoints.SenderEmail)));
        }

        if (key.Equals(SettingKey.SmtpRecipients))
        {
            return Recipients(a);
        }

        return new Observed.NotSupported(NoThreshold);
    }

    /// <summary>The "not on this generation" observation of a missing attribute.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The observation.</returns>
    public static Observed.NotSupported Missing(string attribute) => new($"this iDRAC generation has no attribute {attribute}");

    private static Observed Security(AttributeState a)
    {
        if (!a.Has(Endpoints.ConnectionEncryption))
        {
            return Missing(Endpoints.ConnectionEncryption);
        }

        var wire = a.Text(Endpoints.ConnectionEncryption);
        var match = Assumptions.Encryption.Where(e => string.Equals(e.Wire, wire, StringComparison.OrdinalIgnoreCase)).ToList();
        return match.Count > 0
            ? new Observed.Known(new SecurityValue(match[0].Security))
            : new Observed.NotSupported($"{Endpoints.ConnectionEncryption} holds '{wire}', which the driver does not map to none, starttls or tls");
    }

    private static Observed Recipients(AttributeState a)
    {
        if (!a.Has(Endpoints.SlotAddress(1)))
        {
            return Missing(Endpoints.SlotAddress(1));
        }

        var list = Enumerable.Range(1, Endpoints.AlertSlots)
            .Where(s => a.Text(Endpoints.SlotEnable(s)) == Endpoints.Enabled && a.Text(Endpoints.SlotAddress(s)).Trim().Length > 0)
            .Select(s => new Recipient(a.Text(Endpoints.SlotAddress(s)).Trim()))
            .ToList();
        return new Observed.Known(new RecipientsValue(list));
    }
}
