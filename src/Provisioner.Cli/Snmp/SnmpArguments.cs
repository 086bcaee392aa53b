using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary>Parses the positional arguments of the troubleshooting commands: numeric OIDs and <c>OID TYPE VALUE</c> triples.</summary>
internal static class SnmpArguments
{
    /// <summary>Parses numeric OIDs (a leading dot is allowed).</summary>
    /// <param name="texts">The OIDs as typed.</param>
    /// <returns>The OIDs.</returns>
    /// <exception cref="SnmpUsageException">None given, or one is not numeric.</exception>
    public static IReadOnlyList<Oid> ParseOids(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            throw new SnmpUsageException("Give at least one numeric OID, e.g. 1.3.6.1.2.1.1.5.0.");
        }

        return [.. texts.Select(ParseOid)];
    }

    /// <summary>Parses one numeric OID.</summary>
    /// <param name="text">The OID as typed.</param>
    /// <returns>The OID.</returns>
    /// <exception cref="SnmpUsageException">Not a numeric OID.</exception>
    public static Oid ParseOid(string text) =>
        Oid.TryParse(text, out var oid)
            ? oid
            : throw new SnmpUsageException(
                $"'{text}' is not a numeric OID. Give dotted numbers such as 1.3.6.1.2.1.1.5.0 (MIB names are not loaded).");

    /// <summary>Parses <c>OID TYPE VALUE</c> triples as net-snmp's snmpset takes them.</summary>
    /// <param name="texts">The arguments after the agent.</param>
    /// <returns>The bindings to set, in order.</returns>
    /// <exception cref="SnmpUsageException">The count is not a multiple of three, or a part is invalid.</exception>
    public static IReadOnlyList<VarBind> ParseSetTriples(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0 || texts.Count % 3 != 0)
        {
            throw new SnmpUsageException(
                $"Set takes OID TYPE VALUE triples (got {texts.Count} arguments), e.g. 1.3.6.1.2.1.1.4.0 s admin@example.net. " +
                $"TYPE is one of {SnmpSetValueParser.TypeLetters}.");
        }

        var bindings = new List<VarBind>(texts.Count / 3);
        for (var i = 0; i < texts.Count; i += 3)
        {
            bindings.Add(new VarBind(ParseOid(texts[i]), SnmpSetValueParser.Parse(texts[i + 1], texts[i + 2])));
        }

        return bindings;
    }
}
