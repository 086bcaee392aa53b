namespace Provisioner.Abstractions;

/// <summary>An <see cref="SmtpSecurity"/> value for <c>smtp.security</c>.</summary>
/// <param name="Value">The mode.</param>
public sealed record SecurityValue(SmtpSecurity Value) : SettingValue
{
    /// <summary>Returns <c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    /// <returns>The canonical name.</returns>
    public override string ToDisplayString() => Value switch
    {
        SmtpSecurity.StartTls => "starttls",
        SmtpSecurity.Tls => "tls",
        _ => "none",
    };
}
