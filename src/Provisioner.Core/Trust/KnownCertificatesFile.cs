using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// The HTTPS counterpart of <see cref="KnownHostsFile"/>, living with the inventory: one line per
/// trusted device certificate, <c>host[:port] SHA-256-fingerprint [comment]</c>, the fingerprint as
/// 64 hex digits with or without colons (the form <c>openssl x509 -fingerprint -sha256</c> prints).
/// The port is omitted for 443. <c>provisioner trust</c> appends to it after showing the certificate.
/// </summary>
public sealed class KnownCertificatesFile
{
    private readonly List<(string Endpoint, string Fingerprint)> entries;

    private KnownCertificatesFile(string path, List<(string, string)> entries, IReadOnlyList<string> problems)
    {
        Path = path;
        this.entries = entries;
        Problems = problems;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>Lines that could not be read, as <c>path:line: what is wrong</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads <paramref name="path"/>; a missing file is an empty store.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The store.</returns>
    public static KnownCertificatesFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.Exists(path) ? File.ReadAllLines(path) : []);
    }

    /// <summary>Parses file lines.</summary>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="lines">The lines.</param>
    /// <returns>The store.</returns>
    public static KnownCertificatesFile Parse(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var entries = new List<(string, string)>();
        var problems = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || !PeerFingerprint.TryParseCertificatePin(fields[1], out var pin))
            {
                problems.Add($"{path}:{number}: not a known_certs line (expected 'host[:port] sha256-fingerprint' with 64 hex digits)");
                continue;
            }

            entries.Add((fields[0], pin!));
        }

        return new KnownCertificatesFile(path, entries, problems);
    }

    /// <summary>The fingerprints recorded for <paramref name="host"/> on <paramref name="port"/>.</summary>
    /// <param name="host">The device address as the inventory writes it.</param>
    /// <param name="port">The HTTPS port.</param>
    /// <returns>The fingerprints, possibly empty.</returns>
    public IReadOnlyList<string> FingerprintsFor(string host, int port)
    {
        var endpoint = EndpointOf(host, port);
        return [.. entries.Where(e => string.Equals(e.Endpoint, endpoint, StringComparison.OrdinalIgnoreCase)).Select(e => e.Fingerprint).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Appends a trusted certificate, creating the file when needed (see <see cref="Record"/>).</summary>
    /// <param name="host">The device address.</param>
    /// <param name="port">The HTTPS port.</param>
    /// <param name="fingerprint">The certificate's SHA-256 fingerprint.</param>
    /// <param name="comment">A comment, e.g. the subject and the date; null for none.</param>
    public void Append(string host, int port, string fingerprint, string? comment) => Record(host, port, fingerprint, comment, replace: false);

    /// <summary>
    /// Records a trusted certificate for <paramref name="host"/> on <paramref name="port"/>, creating the
    /// file and its folder when needed. The file is rewritten whole through a temporary file in the same
    /// folder and renamed over the old one (<see cref="StoreFile"/>), so a reader never sees half a line and a
    /// crash leaves the old file. Every other line (comments, other devices, lines it cannot read) is kept as written.
    /// </summary>
    /// <param name="host">The device address.</param>
    /// <param name="port">The HTTPS port.</param>
    /// <param name="fingerprint">The certificate's SHA-256 fingerprint.</param>
    /// <param name="comment">A comment, e.g. the subject and the date; null for none.</param>
    /// <param name="replace">True to drop the lines already recorded for this endpoint (a certificate replaced on purpose); false to add to them.</param>
    public void Record(string host, int port, string fingerprint, string? comment, bool replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        if (!PeerFingerprint.TryParseCertificatePin(fingerprint, out var pin))
        {
            throw new ArgumentException("Not a SHA-256 certificate fingerprint.", nameof(fingerprint));
        }

        var endpoint = EndpointOf(host, port);
        var kept = StoreFile.ReadLines(Path).Where(line => !replace || !Names(line, endpoint)).ToList();
        kept.Add($"{endpoint} {pin}" + (comment is null ? string.Empty : " " + comment.ReplaceLineEndings(" ")));
        StoreFile.Rewrite(Path, kept);

        if (replace)
        {
            entries.RemoveAll(e => string.Equals(e.Endpoint, endpoint, StringComparison.OrdinalIgnoreCase));
        }

        entries.Add((endpoint, pin!));
    }

    /// <summary>Whether a file line is an entry for <paramref name="endpoint"/>.</summary>
    private static bool Names(string line, string endpoint)
    {
        var trimmed = line.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t']);
        return end > 0 && !trimmed.StartsWith('#') && string.Equals(trimmed[..end], endpoint, StringComparison.OrdinalIgnoreCase);
    }

    private static string EndpointOf(string host, int port)
    {
        var bracketed = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        return port == 443 ? bracketed : string.Create(CultureInfo.InvariantCulture, $"{bracketed}:{port}");
    }
}
