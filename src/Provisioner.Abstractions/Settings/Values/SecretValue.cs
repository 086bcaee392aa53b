namespace Provisioner.Abstractions;

/// <summary>
/// A sensitive value, e.g. an SMTP password. It renders as <c>[redacted]</c> everywhere; a driver calls
/// <see cref="Secret.Reveal"/> on <see cref="Value"/> only where it goes on the wire.
/// </summary>
/// <param name="Value">The resolved secret.</param>
public sealed record SecretValue(Secret Value) : SettingValue
{
    /// <inheritdoc/>
    public override bool IsEmpty => Value.Length == 0;

    /// <summary>Always <see cref="Secret.Redacted"/>.</summary>
    /// <returns><c>[redacted]</c>.</returns>
    public override string ToDisplayString() => Secret.Redacted;
}
