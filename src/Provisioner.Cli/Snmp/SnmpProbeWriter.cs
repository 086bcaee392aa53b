using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Provisioner.Cli.Options;

namespace Provisioner.Cli.Snmp;

/// <summary>Prints a <see cref="SnmpProbeResult"/> as aligned text or JSON.</summary>
internal static class SnmpProbeWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Formats the result.</summary>
    /// <param name="result">The probe result.</param>
    /// <param name="format">Text or JSON.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Format(SnmpProbeResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (format == OutputFormat.Json)
        {
            return JsonSerializer.Serialize(result, JsonOptions) + Environment.NewLine;
        }

        const string Unknown = "(not available)";
        var lines = new (string Label, string Value)[]
        {
            ("Agent", $"{result.Agent} (SNMP {result.Version})"),
            ("sysDescr", result.SysDescr ?? Unknown),
            ("sysObjectID", result.SysObjectId is null ? Unknown : "." + result.SysObjectId),
            ("sysName", result.SysName ?? Unknown),
            ("sysUpTime", result.SysUpTime is { } ticks ? SnmpValueFormatter.FormatTimeTicks(ticks) : Unknown),
            ("Engine ID", result.EngineId ?? Unknown),
            ("Engine boots", result.EngineBoots?.ToString(CultureInfo.InvariantCulture) ?? Unknown),
            ("Engine time", result.EngineTime is { } time ? time.ToString(CultureInfo.InvariantCulture) + " s" : Unknown),
            ("Round trip", result.RoundTripMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms"),
        };
        if (result.Error is not null)
        {
            lines = [.. lines, ("Error", result.Error)];
        }

        return string.Concat(lines.Select(l => $"{l.Label + ":",-14}{l.Value}{Environment.NewLine}"));
    }
}
