using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Provisioner.Inventory.Attestations;

/// <summary>Writes the attestations file: a header comment, then one flow mapping per entry, sorted by device and setting.</summary>
public static partial class AttestationWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the YAML text of <paramref name="attestations"/>.</summary>
    /// <param name="attestations">The entries.</param>
    /// <returns>The YAML, ending with a newline; <see cref="AttestationFile.Parse"/> reads it back.</returns>
    public static string ToYaml(IEnumerable<Attestation> attestations)
    {
        ArgumentNullException.ThrowIfNull(attestations);
        var text = new StringBuilder()
            .Append("# Manual steps done by hand, recorded with 'provisioner attest'. plan, apply and diff stay quiet\n")
            .Append("# about an attested step until the inventory's value changes. Format: docs/inventory.md.\n")
            .Append("attestations:\n");
        foreach (var a in attestations.OrderBy(a => a.Device, StringComparer.Ordinal).ThenBy(a => a.Setting.Order))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ device: {Scalar(a.Device)}, setting: {a.Setting.Name}, value: {Scalar(a.Value)}, by: {Scalar(a.By)}, at: {Scalar(a.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))} }}\n");
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="attestations"/> to <paramref name="path"/>, replacing the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="attestations">The entries.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when written.</returns>
    public static async Task SaveAsync(string path, IEnumerable<Attestation> attestations, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, ToYaml(attestations), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Scalar(string value) => PlainScalar().IsMatch(value) ? value : JsonSerializer.Serialize(value, Quoting);

    [GeneratedRegex(@"^[A-Za-z0-9(][A-Za-z0-9._@()+/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainScalar();
}
