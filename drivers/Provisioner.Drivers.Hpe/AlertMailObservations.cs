using Provisioner.Abstractions;

namespace Provisioner.Drivers.Hpe;

/// <summary>Maps the AlertMail state read from an iLO onto canonical observations.</summary>
internal static class AlertMailObservations
{
    /// <summary>Why the minimum severity is not readable.</summary>
    public const string NoSeverityField = "iLO AlertMail has no minimum-severity field; set by hand";

    /// <summary>The observation of <paramref name="key"/>.</summary>
    /// <param name="state">The state read.</param>
    /// <param name="key">The catalogue key.</param>
    /// <returns>The observation.</returns>
    public static Observed Of(AlertMailState state, SettingKey key) => key.Name switch
    {
        "smtp.enabled" => new Observed.Known(new BooleanValue(state.Enabled)),
        "smtp.relay" => TextOrAbsent(state.Server),
        "smtp.port" => new Observed.Known(new IntegerValue(state.Port)),
        "smtp.security" => new Observed.Known(new SecurityValue(Security(state.SecureEnabled))),
        "smtp.auth.user" => state.AuthEnabled ? TextOrAbsent(state.AuthUser) : new Observed.Absent(),
        "smtp.auth.password" => new Observed.WriteOnly(),
        "smtp.from" => TextOrAbsent(state.Sender),
        "smtp.recipients" => new Observed.Known(new RecipientsValue(state.Email.Length == 0 ? [] : [new Recipient(state.Email)])),
        "alerts.minimum_severity" => new Observed.NotSupported(NoSeverityField),
        _ => new Observed.NotSupported($"the hpe.ilo5 driver does not manage {key.Name}"),
    };

    /// <summary>Every readable observation of the state, for snapshots.</summary>
    /// <param name="state">The state read.</param>
    /// <returns>The observations by key.</returns>
    public static Dictionary<SettingKey, Observed> All(AlertMailState state) =>
        Ilo5Descriptor.Value.Settings.Select(s => s.Key).ToDictionary(k => k, k => Of(state, k));

    /// <summary>The canonical security of <c>AlertMailSMTPSecureEnabled</c>.</summary>
    /// <param name="secure">The flag.</param>
    /// <returns>starttls or none.</returns>
    public static SmtpSecurity Security(bool secure) =>
        !secure ? SmtpSecurity.None : IloAssumptions.SecureEnabledMeansStartTls ? SmtpSecurity.StartTls : SmtpSecurity.Tls;

    private static Observed TextOrAbsent(string text) => text.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(text));
}
