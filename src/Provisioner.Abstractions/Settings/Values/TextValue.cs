namespace Provisioner.Abstractions;

/// <summary>
/// A text value: free text, an IP address literal or an e-mail address (see the key's
/// <see cref="SettingType"/>). Empty text means "not set", e.g. no SMTP AUTH user.
/// </summary>
/// <param name="Value">The text as the device or the inventory holds it.</param>
public sealed record TextValue(string Value) : SettingValue
{
    /// <inheritdoc/>
    public override bool IsEmpty => Value.Length == 0;

    /// <summary>Returns the text, or <c>(empty)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToDisplayString() => Value.Length == 0 ? "(empty)" : Value;
}
