using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Provisioner.Cli.Trust;

/// <summary>Prints the findings of <c>provisioner trust</c>: a block per device for people, a versioned JSON document for scripts.</summary>
internal static class TrustFindingWriter
{
    /// <summary>The version of the JSON document's format.</summary>
    public const int FormatVersion = 1;

    /// <summary>The word a status is shown and written as.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. <c>new</c> or <c>CHANGED</c>.</returns>
    public static string Word(TrustStatus status) => status switch
    {
        TrustStatus.Trusted => "trusted",
        TrustStatus.TrustedBySystem => "trusted by the system store",
        TrustStatus.New => "new",
        TrustStatus.Changed => "CHANGED",
        _ => "unreachable",
    };

    /// <summary>The text for people: per device its endpoint and status, then the certificate or host key.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string ToText(IEnumerable<TrustFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{f.Candidate.Device} ({f.Candidate.Driver}) {f.Candidate.Endpoint}: {Word(f.Status)}{(f.Recorded ? ", recorded" : string.Empty)}\n");
            if (f.Presented is { } p)
            {
                text.Append(CultureInfo.InvariantCulture, $"  subject   {p.Subject}\n");
                text.Append(CultureInfo.InvariantCulture, $"  issuer    {p.Issuer}{(p.Issuer == p.Subject ? " (self-signed)" : string.Empty)}\n");
                text.Append(CultureInfo.InvariantCulture, $"  valid     {p.NotBefore:yyyy-MM-dd HH:mm} UTC to {p.NotAfter:yyyy-MM-dd HH:mm} UTC\n");
                text.Append(CultureInfo.InvariantCulture, $"  sha256    {p.Sha256Fingerprint}\n");
            }

            if (f.HostKey is { } key)
            {
                text.Append(CultureInfo.InvariantCulture, $"  key       {key.KeyType}\n");
                text.Append(CultureInfo.InvariantCulture, $"  sha256    {key.Fingerprint}\n");
            }

            if (f.Status == TrustStatus.Changed)
            {
                foreach (var pin in f.Candidate.Pinned)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  expected  {pin} ({f.Candidate.PinKey} in the inventory)\n");
                }

                foreach (var known in f.Candidate.Recorded.Except(f.Candidate.Pinned, f.Candidate.Comparer))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  expected  {known} ({f.Candidate.StoreName})\n");
                }
            }

            if (f.Problem is { } problem)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {problem}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The JSON document: <c>format_version</c> and one object per device endpoint (<c>certificate</c> for HTTPS, <c>host_key</c> for SSH).</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string ToJson(IEnumerable<TrustFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("format_version", FormatVersion);
            json.WriteStartArray("devices");
            foreach (var f in findings)
            {
                json.WriteStartObject();
                json.WriteString("device", f.Candidate.Device);
                json.WriteString("driver", f.Candidate.Driver);
                json.WriteString("endpoint", f.Candidate.Endpoint);
                json.WriteString("transport", f.Candidate.IsSsh ? "ssh" : "https");
                json.WriteString("status", f.Status switch { TrustStatus.TrustedBySystem => "trusted-by-system", _ => Word(f.Status).ToLowerInvariant() });
                json.WriteBoolean("recorded", f.Recorded);
                WriteStrings(json, "expected", f.Candidate.Expected);
                if (f.Presented is { } p)
                {
                    json.WriteStartObject("certificate");
                    json.WriteString("subject", p.Subject);
                    json.WriteString("issuer", p.Issuer);
                    json.WriteString("not_before", p.NotBefore.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    json.WriteString("not_after", p.NotAfter.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    json.WriteString("sha256", p.Sha256Fingerprint);
                    json.WriteBoolean("trusted_by_system", p.TrustedBySystem);
                    json.WriteEndObject();
                }

                if (f.HostKey is { } key)
                {
                    json.WriteStartObject("host_key");
                    json.WriteString("type", key.KeyType);
                    json.WriteString("sha256", key.Fingerprint);
                    json.WriteString("known_hosts_line", key.ToKnownHostsLine(f.Candidate.Host, f.Candidate.Port));
                    json.WriteEndObject();
                }

                if (f.Problem is { } problem)
                {
                    json.WriteString("problem", problem);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
