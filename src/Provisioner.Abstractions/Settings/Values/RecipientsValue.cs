namespace Provisioner.Abstractions;

/// <summary>
/// The ordered recipient list of <c>smtp.recipients</c>. Devices with fixed slots report only the used
/// slots, in slot order. Equality compares element by element, in order.
/// </summary>
/// <param name="Value">The recipients.</param>
public sealed record RecipientsValue(IReadOnlyList<Recipient> Value) : SettingValue
{
    /// <inheritdoc/>
    public override bool IsEmpty => Value.Count == 0;

    /// <summary>Returns the recipients separated by <c>, </c>, or <c>(none)</c>.</summary>
    /// <returns>The list.</returns>
    public override string ToDisplayString() => Value.Count == 0 ? "(none)" : string.Join(", ", Value);

    /// <summary>True when both lists hold equal recipients in the same order.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RecipientsValue? other) => other is not null && Value.SequenceEqual(other.Value);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var r in Value)
        {
            hash.Add(r);
        }

        return hash.ToHashCode();
    }
}
