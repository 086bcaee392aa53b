using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Yaml;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>The file being read and the diagnostics found so far, with the value checks shared by every section.</summary>
internal sealed class MappingReadContext(string file)
{
    /// <summary>The file name used in source locations.</summary>
    public string File { get; } = file;

    /// <summary>Every problem found.</summary>
    public DiagnosticList Diagnostics { get; } = [];

    /// <summary>Reports an error at <paramref name="where"/>.</summary>
    public void Error(string code, SourceLocation where, string summary, string detail) =>
        Diagnostics.Add(Diagnostic.Error(code, summary, detail) with { Source = where });

    /// <summary>Parses a whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public long? Number(ScalarNode scalar, string what, long min, long max)
    {
        if (!scalar.IsPlain || !long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(MappingDiagnosticCodes.WrongType, scalar.Start, $"{what} is '{scalar.Value}'; it must be a whole number", $"Write an unquoted number from {min} to {max}.");
            return null;
        }

        if (value < min || value > max)
        {
            Error(MappingDiagnosticCodes.Invalid, scalar.Start, $"{what} is {value}, outside {min}–{max}", $"Write a number from {min} to {max}.");
            return null;
        }

        return value;
    }

    /// <summary>Parses one of <paramref name="words"/>, with a did-you-mean.</summary>
    public T? Word<T>(ScalarNode scalar, string what, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        if (words.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        var suggestion = EditDistance.Suggest(scalar.Value, words.Keys);
        Error(MappingDiagnosticCodes.Invalid, scalar.Start, $"{what} is '{scalar.Value}', which is not allowed", $"{(suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ")}Write one of: {string.Join(", ", words.Keys)}.");
        return null;
    }

    /// <summary>Reports a warning at <paramref name="where"/>.</summary>
    public void Warning(string code, SourceLocation where, string summary, string detail) =>
        Diagnostics.Add(Diagnostic.Warning(code, summary, detail) with { Source = where });

    /// <summary>Parses a setting name (a canonical key such as <c>smtp.relay</c>, or an old short name with a warning), with a did-you-mean.</summary>
    public SettingKey? SettingName(ScalarNode scalar, string what)
    {
        if (Known(scalar) is { } key)
        {
            return key;
        }

        var names = MappingNames.Settings.Keys;
        var suggestion = EditDistance.Suggest(scalar.Value, names);
        Error(MappingDiagnosticCodes.Invalid, scalar.Start, $"{what} is '{scalar.Value}', which is not a setting", $"{(suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ")}Write one of: {string.Join(", ", names)}.");
        return null;
    }

    /// <summary>
    /// The setting a key the format accepts stands for (<see cref="MappingNames.Settings"/> or
    /// <see cref="MappingNames.LegacySettings"/>); an old short name adds the <see cref="MappingDiagnosticCodes.LegacyName"/>
    /// warning with the canonical key and the name's file:line:column. Null for a name the format does not know.
    /// </summary>
    public SettingKey? Known(ScalarNode name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (MappingNames.Settings.TryGetValue(name.Value, out var key))
        {
            return key;
        }

        if (!MappingNames.LegacySettings.TryGetValue(name.Value, out key))
        {
            return null;
        }

        var at = name.Start;
        Warning(
            MappingDiagnosticCodes.LegacyName,
            at,
            $"'{name.Value}' is the old name of {key.Name}",
            string.Create(CultureInfo.InvariantCulture, $"{at.File}:{at.Line}:{at.Column}: write '{key.Name}' (the canonical key, as the inventory's reports and the support matrix name it). The short name is still read; it will not be in a later format."));
        return key;
    }

    /// <summary>Parses a dotted OID of at least two arcs (a leading dot is allowed).</summary>
    public Oid? ObjectId(ScalarNode scalar, string what)
    {
        var text = scalar.Value.Trim();
        if (Oid.TryParse(text.TrimStart('.'), out var oid) && oid.Length >= 2 && oid[0] <= 2)
        {
            return oid;
        }

        Error(MappingDiagnosticCodes.BadOid, scalar.Start, $"{what} is '{text}', which is not an OID", "Write a dotted numeric OID such as 1.3.6.1.4.1.1918.2.13.10.30.65.20.0 (scalars end in .0; names like sysName.0 are not resolved).");
        return null;
    }
}
