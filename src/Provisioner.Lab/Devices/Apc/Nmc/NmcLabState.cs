using System.Text.Json;

namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>
/// The state of one lab APC Network Management Card, as the JSON file the CLI emulator <c>Devices/Apc/nmc-cli.py</c>
/// reads before every command and writes after every change: identity, <c>smtp</c> fields, recipients 1–4, faults and
/// the write log. Tests and the lab read and change it between commands (out-of-band changes, faults, reset).
/// </summary>
public sealed class NmcLabState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The emulator's JSON conventions (web defaults: camelCase names).</summary>
    public static JsonSerializerOptions JsonOptions => Json;

    /// <summary>The path of the emulator script, copied next to the assembly that references the lab.</summary>
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Devices", "Apc", "nmc-cli.py");

    /// <summary>What the banner shows.</summary>
    public NmcLabIdentity Identity { get; init; } = new();

    /// <summary>The <c>smtp</c> fields.</summary>
    public NmcLabSmtp Smtp { get; init; } = new();

    /// <summary>Recipients 1–4 (<c>email -g[n] -t[n] -o[n] -l[n] -r[n]</c>); always four.</summary>
    public IList<NmcLabRecipient> Recipients { get; init; } = [new(), new(), new(), new()];

    /// <summary>The faults the emulator shows.</summary>
    public CliEmulatorFaults Faults { get; init; } = new();

    /// <summary>Every write that reached the card, in order, including refused and lost ones; passwords masked.</summary>
    public IList<NmcLabWrite> Writes { get; init; } = [];

    /// <summary>Reads a state file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The state.</returns>
    public static NmcLabState Load(string path) =>
        JsonSerializer.Deserialize<NmcLabState>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no NMC lab state.");

    /// <summary>Writes the state to <paramref name="path"/> atomically (temporary file, then rename), so the emulator never reads half a file.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        var partial = path + ".partial";
        File.WriteAllText(partial, ToJson());
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>The state as the emulator's JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the file, lets <paramref name="change"/> edit the state, and writes it back.</summary>
    /// <param name="path">The file.</param>
    /// <param name="change">The edit.</param>
    public static void Update(string path, Action<NmcLabState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = Load(path);
        change(state);
        state.Save(path);
    }
}
