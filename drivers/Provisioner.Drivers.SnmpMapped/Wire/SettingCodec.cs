using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Wire;

/// <summary>Translates one scalar setting between its canonical value and its mapped SNMP object.</summary>
public static class SettingCodec
{
    /// <summary>The wire value for <paramref name="value"/>, or the reason it cannot be written.</summary>
    /// <param name="key">The setting.</param>
    /// <param name="mapping">Where and how it is stored.</param>
    /// <param name="value">The canonical value.</param>
    /// <param name="problem">Why it cannot be written, when the result is null.</param>
    /// <returns>The SNMP value, or null.</returns>
    public static SnmpValue? ToWire(SettingKey key, ObjectMapping mapping, SettingValue value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        problem = null;
        if (mapping.Values is { } values)
        {
            var word = value.ToDisplayString();
            if (!values.TryToWire(word, out var wire))
            {
                problem = $"the mapping has no wire value for '{word}' (it lists {string.Join(", ", values.Words)})";
                return null;
            }

            return Checked(WireValueText.FromNumber(mapping.Type, wire), mapping, wire.ToString(System.Globalization.CultureInfo.InvariantCulture), out problem);
        }

        var text = value switch
        {
            IntegerValue n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SecretValue s => s.Value.Reveal(),
            TextValue t => t.Value,
            _ => value.ToDisplayString(),
        };
        if (mapping.MaxLength is { } max && text.Length > max)
        {
            problem = $"the device holds at most {max} characters";
            return null;
        }

        if (value is IntegerValue number && ((mapping.Minimum is { } min && number.Value < min) || (mapping.Maximum is { } top && number.Value > top)))
        {
            problem = $"the device accepts {mapping.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"} to {mapping.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}";
            return null;
        }

        return Checked(WireValueText.FromText(mapping.Type, text), mapping, key.Type == SettingType.Secret ? Secret.Redacted : text, out problem);
    }

    /// <summary>The canonical observation of a value read for <paramref name="key"/>.</summary>
    /// <param name="key">The setting.</param>
    /// <param name="mapping">Where and how it is stored.</param>
    /// <param name="value">The value the agent returned.</param>
    /// <returns>Known, absent (empty field), write-only or not-supported (the agent lacks the object).</returns>
    public static Observed FromWire(SettingKey key, ObjectMapping mapping, SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(value);
        if (mapping.WriteOnly)
        {
            return new Observed.WriteOnly();
        }

        if (value.IsException)
        {
            return new Observed.NotSupported($"the device has no object {mapping.Oid} ({value.Tag})");
        }

        if (mapping.Values is { } values)
        {
            return WireValueText.ToNumber(value) is { } n && values.TryFromWire(n, out var word)
                ? new Observed.Known(Canonical(key, word!))
                : new Observed.NotSupported($"the device holds {value} at {mapping.Oid}, which the mapping's 'values' do not list");
        }

        if (key.Type == SettingType.Number)
        {
            return WireValueText.ToNumber(value) is { } number
                ? new Observed.Known(new IntegerValue(number))
                : new Observed.NotSupported($"the device answers {value.Tag} at {mapping.Oid}, not a number");
        }

        var text = WireValueText.ToText(value);
        if (text is null)
        {
            return new Observed.NotSupported($"the device answers {value.Tag} at {mapping.Oid}, not text");
        }

        return text.Length == 0 || (key.Type == SettingType.IpAddress && text == "0.0.0.0") ? new Observed.Absent() : new Observed.Known(new TextValue(text));
    }

    private static SettingValue Canonical(SettingKey key, string word) => key.Type switch
    {
        SettingType.Boolean => new BooleanValue(string.Equals(word, "true", StringComparison.OrdinalIgnoreCase)),
        SettingType.Security => new SecurityValue(word.ToLowerInvariant() switch { "starttls" => SmtpSecurity.StartTls, "tls" => SmtpSecurity.Tls, _ => SmtpSecurity.None }),
        _ => new SeverityValue(Enum.Parse<AlertSeverity>(word, ignoreCase: true)),
    };

    private static SnmpValue? Checked(SnmpValue? value, ObjectMapping mapping, string shown, out string? problem)
    {
        problem = value is null ? $"'{shown}' is not a valid {mapping.Type.ToString().ToLowerInvariant()} for {mapping.Oid}" : null;
        return value;
    }
}
