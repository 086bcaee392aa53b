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

    /// <summary>Appends a key for <paramref name="host"/> as OpenSSH writes it, creating the file when needed (see <see cref="Record"/>).</summary>
    /// <param name="host">The device address.</param>
    /// <param name="port">The SSH port.</param>
    /// <param name="keyType">The key algorithm, e.g. <c>ssh-ed25519</c>.</param>
    /// <param name="keyBase64">The key blob in base64, as in <c>ssh-keyscan</c> output.</param>
    /// <param name="comment">A comment, e.g. the device name and the date; null for none.</param>
    public void Append(string host, int port, string keyType, string keyBase64, string? comment) => Record(host, port, keyType, keyBase64, comment, replace: false);

    /// <summary>
    /// Records a trusted host key for <paramref name="host"/> on <paramref name="port"/> as OpenSSH writes it
    /// (<c>[host]:port keytype base64 [comment]</c>, the bare host on port 22), creating the file and its folder
    /// when needed. The file is rewritten whole through a temporary file renamed over the old one
    /// (<see cref="StoreFile"/>), so a reader never sees half a line and a crash leaves the old file.
    /// </summary>
    /// <param name="host">The device address.</param>
    /// <param name="port">The SSH port.</param>
    /// <param name="keyType">The key algorithm, e.g. <c>ssh-ed25519</c>.</param>
    /// <param name="keyBase64">The key blob in base64, as in <c>ssh-keyscan</c> output.</param>
    /// <param name="comment">A comment, e.g. the device name and the date; null for none.</param>
    /// <param name="replace">
    /// True for a key replaced on purpose: every key recorded for this endpoint goes (a hashed line naming it is
    /// dropped; a line naming other hosts too keeps them and loses this name). False to add to them.
    /// Comments, marker lines and lines it cannot read are kept as written.
    /// </param>
    public void Record(string host, int port, string keyType, string keyBase64, string? comment, bool replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentNullException.ThrowIfNull(keyType);
        if (!TryDecode(keyBase64, out var blob) || keyType.Any(char.IsWhiteSpace) || keyType.Length == 0)
        {
            throw new ArgumentException("Not an SSH public key: expected a key type and its base64 blob.", nameof(keyBase64));
        }

        var name = KnownHostPattern.LookupName(host, port);
        var lines = StoreFile.ReadLines(Path).Select(line => replace ? Without(line, name) : line).OfType<string>().ToList();
        lines.Add($"{name} {keyType} {keyBase64}" + (comment is null ? string.Empty : " " + comment.ReplaceLineEndings(" ")));
        StoreFile.Rewrite(Path, lines);
        if (replace)
        {
            entries.RemoveAll(e => KnownHostPattern.Matches(e.Hosts, name));
        }

        entries.Add(new KnownHostEntry(name, keyType, PeerFingerprint.OfSshHostKey(blob), -1));
    }

    /// <summary><paramref name="line"/> without the name <paramref name="name"/>: unchanged when it does not name it, null when it names nothing else.</summary>
    private static string? Without(string line, string name)
    {
        var trimmed = line.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t']);
        if (end <= 0 || trimmed.StartsWith('#') || trimmed.StartsWith('@') || !KnownHostPattern.Matches(trimmed[..end], name))
        {
            return line;
        }

        var others = trimmed[..end].Split(',').Where(h => !h.StartsWith("|1|", StringComparison.Ordinal) && !string.Equals(h, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return others.Count == 0 ? null : string.Join(',', others) + trimmed[end..];
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
