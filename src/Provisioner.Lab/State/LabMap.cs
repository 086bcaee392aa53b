using System.Text.Json;
using System.Text.Json.Serialization;

namespace Provisioner.Lab.State;

/// <summary>
/// The address map a running lab writes (<c>&lt;inventory&gt;/.provisioner/lab.json</c> by default), so that
/// <c>plan</c>/<c>apply</c>/<c>diff --lab</c> aim at the simulated devices instead of the real ones, and
/// <c>lab down</c> finds the process to stop.
/// </summary>
public sealed record LabMap
{
    /// <summary>The version of this file's format; readers refuse versions they do not know.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The format version, <see cref="CurrentFormatVersion"/> when written by this build.</summary>
    [JsonPropertyName("format_version")]
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The process id of the <c>lab up</c> process; 0 for an in-process lab.</summary>
    [JsonPropertyName("pid")]
    public int ProcessId { get; init; }

    /// <summary>
    /// The start stamp of the <c>lab up</c> process (as <c>Provisioner.Core.ProcessLiveness</c> gives it), so
    /// that a reused process id is not taken for a running lab; null for an in-process lab or a map written
    /// before it was recorded.
    /// </summary>
    [JsonPropertyName("process_start")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ProcessStart { get; init; }

    /// <summary>The SMTP capture endpoint, <c>address:port</c>, that stands in for every relay.</summary>
    [JsonPropertyName("smtp_capture")]
    public required string SmtpCapture { get; init; }

    /// <summary>The simulated devices.</summary>
    [JsonPropertyName("devices")]
    public required IReadOnlyList<LabMapEntry> Devices { get; init; }

    /// <summary>Returns the entry for <paramref name="device"/> (case-insensitive), or null when the lab has no such device.</summary>
    /// <param name="device">The inventory device name.</param>
    /// <returns>The entry, or null.</returns>
    public LabMapEntry? Find(string device) =>
        Devices.FirstOrDefault(d => string.Equals(d.Device, device, StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the map to <paramref name="path"/>, creating its folder.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public Task SaveAsync(string path, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json), cancellationToken);

    /// <summary>Reads a map written by <see cref="SaveAsync"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map.</returns>
    /// <exception cref="LabStateException">The file is missing, not a lab map, or of an unknown format version.</exception>
    public static async Task<LabMap> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new LabStateException($"{path}: no lab address map here. Start a lab with 'provisioner lab up <inventory>' first, or pass the file it wrote.");
        }

        LabMap? map;
        try
        {
            map = JsonSerializer.Deserialize<LabMap>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), Json);
        }
        catch (JsonException ex)
        {
            throw new LabStateException($"{path}:{ex.LineNumber + 1}: not a lab address map: {ex.Message}", ex);
        }

        if (map is null || map.FormatVersion != CurrentFormatVersion)
        {
            throw new LabStateException($"{path}: lab address map format_version {map?.FormatVersion} is not {CurrentFormatVersion}; restart the lab with this version of provisioner.");
        }

        return map;
    }
}
