using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// An OpenSSH <c>known_hosts</c> file that lives with the inventory, so admins can fill it with
/// <c>ssh-keyscan</c> or copy their own, and <c>provisioner trust</c> appends to it. Lines are
/// <c>hosts keytype base64key [comment]</c>; blank lines, comments and marker lines
/// (<c>@revoked</c>, <c>@cert-authority</c>) are skipped, and a malformed line is reported, not guessed at.
/// </summary>
public sealed class KnownHostsFile
{
    private readonly List<KnownHostEntry> entries;

    private KnownHostsFile(string path, List<KnownHostEntry> entries, IReadOnlyList<string> problems)
    {
        Path = path;
        this.entries = entries;
        Problems = problems;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The key lines, in file order.</summary>
    public IReadOnlyList<KnownHostEntry> Entries => entries;

    /// <summary>Lines that could not be read, as <c>path:line: what is wrong</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads <paramref name="path"/>; a missing file is an empty store.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The store.</returns>
    public static KnownHostsFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.Exists(path) ? File.ReadAllLines(path) : []);
    }

    /// <summary>Parses file lines.</summary>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="lines">The lines.</param>
    /// <returns>The store.</returns>
    public static KnownHostsFile Parse(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var entries = new List<KnownHostEntry>();
        var problems = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('@'))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], 4, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3 || !TryDecode(fields[2], out var blob))
            {
                problems.Add($"{path}:{number}: not a known_hosts key line (expected 'host keytype base64-key')");
                continue;
            }

            entries.Add(new KnownHostEntry(fields[0], fields[1], PeerFingerprint.OfSshHostKey(blob), number));
        }

        return new KnownHostsFile(path, entries, problems);
    }

    /// <summary>The fingerprints of every key recorded for <paramref name="host"/> on <paramref name="port"/>.</summary>
    /// <param name="host">The device address as the inventory writes it.</param>
    /// <param name="port">The SSH port.</param>
    /// <returns>The fingerprints, possibly empty.</returns>
    public IReadOnlyList<string> FingerprintsFor(string host, int port)
    {
        var name = KnownHostPattern.LookupName(host, port);
        return [.. entries.Where(e => KnownHostPattern.Matches(e.Hosts, name)).Select(e => e.Fingerprint).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Appends a key for <paramref name="host"/> as OpenSSH writes it, creating the file when needed.</summary>
    /// <param name="host">The device address.</param>
    /// <param name="port">The SSH port.</param>
    /// <param name="keyType">The key algorithm, e.g. <c>ssh-ed25519</c>.</param>
    /// <param name="keyBase64">The key blob in base64, as in <c>ssh-keyscan</c> output.</param>
    /// <param name="comment">A comment, e.g. the device name and the date; null for none.</param>
    public void Append(string host, int port, string keyType, string keyBase64, string? comment)
    {
        if (!TryDecode(keyBase64, out var blob) || keyType.Any(char.IsWhiteSpace) || keyType.Length == 0)
        {
            throw new ArgumentException("Not an SSH public key: expected a key type and its base64 blob.", nameof(keyBase64));
        }

        var line = $"{KnownHostPattern.LookupName(host, port)} {keyType} {keyBase64}" + (comment is null ? string.Empty : " " + comment.ReplaceLineEndings(" "));
        var prefix = File.Exists(Path) && new FileInfo(Path).Length > 0 && !File.ReadAllText(Path).EndsWith('\n') ? "\n" : string.Empty;
        File.AppendAllText(Path, prefix + line + "\n");
        entries.Add(new KnownHostEntry(KnownHostPattern.LookupName(host, port), keyType, PeerFingerprint.OfSshHostKey(blob), -1));
    }

    private static bool TryDecode(string base64, out byte[] blob)
    {
        try
        {
            blob = Convert.FromBase64String(base64);
            return blob.Length > 0;
        }
        catch (FormatException)
        {
            blob = [];
            return false;
        }
    }
}
