using System.Text.Json;
using System.Text.Json.Serialization;

namespace Provisioner.Lab.State;

/// <summary>
/// The saved state of a lab: for every device, the value of every stored object as snmprec lines
/// (<see cref="SnmprecCodec"/>). Edit a line (or set the value over SNMP while the lab runs) to stage
/// drift; <c>lab up --state FILE</c> loads it at start and writes it back when the lab stops.
/// </summary>
/// <example>
/// <code>
/// { "format_version": 1, "devices": { "DCP-DEMO-01": [ "1.3.6.1.4.1.1918.2.13.10.30.65.30.0|2|25" ] } }
/// </code>
/// </example>
public sealed record LabStateFile
{
    /// <summary>The version of this file's format.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The format version.</summary>
    [JsonPropertyName("format_version")]
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Device name → snmprec lines.</summary>
    [JsonPropertyName("devices")]
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Devices { get; init; }

    /// <summary>Writes the file, creating its folder.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public Task SaveAsync(string path, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json), cancellationToken);

    /// <summary>Reads a state file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state.</returns>
    /// <exception cref="LabStateException">The file is missing, malformed or of another format version.</exception>
    public static async Task<LabStateFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new LabStateException($"{path}: no lab state file here. Write one with 'provisioner lab up <inventory> --state {path}' (it saves on stop).");
        }

        try
        {
            var state = JsonSerializer.Deserialize<LabStateFile>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), Json);
            return state is { FormatVersion: CurrentFormatVersion }
                ? state
                : throw new LabStateException($"{path}: lab state format_version {state?.FormatVersion} is not {CurrentFormatVersion}.");
        }
        catch (JsonException ex)
        {
            throw new LabStateException($"{path}:{ex.LineNumber + 1}: not a lab state file: {ex.Message}", ex);
        }
    }
}
