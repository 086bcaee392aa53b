namespace Provisioner.Abstractions;

/// <summary>
/// A canonical setting value. The subtype matches the key's <see cref="SettingType"/>:
/// <see cref="BooleanValue"/>, <see cref="IntegerValue"/>, <see cref="TextValue"/> (text, IP, e-mail),
/// <see cref="SecurityValue"/>, <see cref="SeverityValue"/>, <see cref="RecipientsValue"/> and
/// <see cref="SecretValue"/>. Values compare by content; the engine normalises them before comparing.
/// </summary>
public abstract record SettingValue
{
    /// <summary>True when the value means "nothing set": empty text or an empty list.</summary>
    public virtual bool IsEmpty => false;

    /// <summary>The value as reports show it, e.g. <c>10.6.0.25</c> or <c>starttls</c>. Secrets show as <c>[redacted]</c>.</summary>
    /// <returns>A single-line, human-readable rendering that never contains a secret.</returns>
    public abstract string ToDisplayString();
}
