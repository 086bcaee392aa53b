using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// The <c>--output json</c> form of the troubleshooting commands: one object per binding with the
/// numeric OID, the SMI type name and the value (numbers as numbers, strings as text plus hex).
/// </summary>
internal static class SnmpJsonFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the bindings a get, set or walk returned.</summary>
    /// <param name="agent">The agent address, e.g. <c>127.0.0.1:161</c>.</param>
    /// <param name="bindings">The bindings in order.</param>
    /// <returns>Indented JSON text.</returns>
    public static string FormatBindings(string agent, IEnumerable<VarBind> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("agent", agent);
            writer.WriteStartArray("varbinds");
            foreach (var binding in bindings)
            {
                WriteBinding(writer, binding);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one binding as a JSON object.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="binding">The binding.</param>
    public static void WriteBinding(Utf8JsonWriter writer, VarBind binding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(binding);
        writer.WriteStartObject();
        writer.WriteString("oid", binding.Oid.ToString());
        writer.WriteString("type", binding.Value.Tag.ToString());
        WriteValue(writer, binding.Value);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, SnmpValue value)
    {
        switch (value)
        {
            case Integer32 v:
                writer.WriteNumber("value", v.Value);
                break;
            case Counter32 v:
                writer.WriteNumber("value", v.Value);
                break;
            case Gauge32 v:
                writer.WriteNumber("value", v.Value);
                break;
            case TimeTicks v:
                writer.WriteNumber("value", v.Value);
                writer.WriteString("text", SnmpValueFormatter.FormatTimeTicks(v.Value));
                break;
            case Counter64 v:
                // As a string: JSON readers lose precision above 2^53.
                writer.WriteString("value", v.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case OctetString v:
                if (SnmpValueFormatter.IsPrintable(v.AsSpan()))
                {
                    writer.WriteString("value", System.Text.Encoding.ASCII.GetString(v.AsSpan()));
                }
                else
                {
                    writer.WriteNull("value");
                }

                writer.WriteString("hex", v.ToHex());
                break;
            case Opaque v:
                writer.WriteString("hex", v.ToHex());
                break;
            case ObjectIdentifier v:
                writer.WriteString("value", v.Value.ToString());
                break;
            case IpAddress v:
                writer.WriteString("value", v.Value.ToString());
                break;
            default:
                writer.WriteNull("value");
                break;
        }
    }
}
