namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Parses net-snmp's <c>-On</c> output lines: <c>.1.3.6.1.2.1.1.5.0 = STRING: "name"</c>; a line
/// that does not start with an OID continues the previous value.
/// </summary>
internal static class NetSnmpToolOutput
{
    /// <summary>Splits the output into (numeric OID without the leading dot, value text) pairs.</summary>
    /// <param name="stdout">The tool's standard output.</param>
    /// <returns>The pairs, in order.</returns>
    public static IReadOnlyList<(string Oid, string Value)> Parse(string stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var pairs = new List<(string, string)>();
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = line.IndexOf(" = ", StringComparison.Ordinal);
            if (separator <= 0 || line[0] != '.')
            {
                // net-snmp wraps long Hex-STRINGs over several lines.
                if (pairs.Count > 0)
                {
                    pairs[^1] = (pairs[^1].Item1, pairs[^1].Item2 + " " + line);
                }

                continue;
            }

            pairs.Add((line[1..separator], line[(separator + 3)..]));
        }

        return pairs;
    }
}
