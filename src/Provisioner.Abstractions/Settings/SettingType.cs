namespace Provisioner.Abstractions;

/// <summary>
/// The canonical value type of a <see cref="SettingKey"/>: says which <see cref="SettingValue"/>
/// subtype carries its value and how the engine normalises it before comparing.
/// </summary>
public enum SettingType
{
    /// <summary>A flag, carried by <see cref="BooleanValue"/>, e.g. <c>smtp.enabled</c>.</summary>
    Boolean = 0,

    /// <summary>A whole number, carried by <see cref="IntegerValue"/>, e.g. <c>smtp.port</c> = <c>25</c>.</summary>
    Number = 1,

    /// <summary>Free text compared exactly after trimming device padding, carried by <see cref="TextValue"/>, e.g. <c>smtp.auth.user</c>.</summary>
    Text = 2,

    /// <summary>An IP address literal, carried by <see cref="TextValue"/>; compared after canonical IP formatting, e.g. <c>10.6.0.25</c>.</summary>
    IpAddress = 3,

    /// <summary>An e-mail address, carried by <see cref="TextValue"/>; compared case-insensitively, e.g. <c>ups-ny-01@contoso.com</c>.</summary>
    Email = 4,

    /// <summary>A <see cref="SmtpSecurity"/> mode, carried by <see cref="SecurityValue"/>.</summary>
    Security = 5,

    /// <summary>An <see cref="AlertSeverity"/>, carried by <see cref="SeverityValue"/>.</summary>
    Severity = 6,

    /// <summary>An ordered list of <see cref="Recipient"/>s, carried by <see cref="RecipientsValue"/>.</summary>
    RecipientList = 7,

    /// <summary>A secret, carried by <see cref="SecretValue"/>; never rendered, e.g. <c>smtp.auth.password</c>.</summary>
    Secret = 8,
}
