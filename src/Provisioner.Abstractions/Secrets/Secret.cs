namespace Provisioner.Abstractions;

/// <summary>
/// A resolved secret value. Its <see cref="ToString"/> never shows the value, so a secret that
/// slips into an interpolated string, a log property or an exception message shows as
/// <c>[redacted]</c>. Call <see cref="Reveal"/> only at the point where the value goes on the wire.
/// </summary>
public sealed class Secret : IEquatable<Secret>
{
    /// <summary>What <see cref="ToString"/> returns.</summary>
    public const string Redacted = "[redacted]";

    private readonly string value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <param name="value">The secret text; may be empty.</param>
    public Secret(string value) => this.value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The length of the value, for constraint checks that must not see the value.</summary>
    public int Length => value.Length;

    /// <summary>Returns the secret text. Use only where it is sent to a device.</summary>
    /// <returns>The secret.</returns>
    public string Reveal() => value;

    /// <summary>Always <see cref="Redacted"/>.</summary>
    public override string ToString() => Redacted;

    /// <inheritdoc/>
    public bool Equals(Secret? other) => other is not null && string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Secret);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(value);
}
