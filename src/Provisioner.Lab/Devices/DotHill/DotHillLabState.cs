using System.Net;
using System.Text.Json;

namespace Provisioner.Lab.Devices.DotHill;

/// <summary>
/// The state of one lab HPE MSA / Dell PowerVault ME array, as the JSON file the CLI emulator
/// <c>Devices/DotHill/msa-cli.py</c> reads before every command and writes after every change: identity, e-mail
/// settings, the relay map for test mail, faults, the write log and the test mails sent. Tests and the lab read and
/// change it between commands (out-of-band changes, faults, reset).
/// </summary>
public sealed class DotHillLabState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The emulator's JSON conventions (web defaults: camelCase names).</summary>
    public static JsonSerializerOptions JsonOptions => Json;

    /// <summary>The path of the emulator script, copied next to the assembly that references the lab.</summary>
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Devices", "DotHill", "msa-cli.py");

    /// <summary>What the banner, <c>show system</c> and <c>show versions</c> show.</summary>
    public DotHillLabIdentity Identity { get; init; } = new();

    /// <summary>The e-mail settings.</summary>
    public DotHillLabEmail Email { get; init; } = new();

    /// <summary>
    /// Maps a configured relay, <c>server:port</c> (e.g. <c>10.6.0.25:25</c>), to the loopback <c>host:port</c> standing in
    /// for it (the lab's SMTP capture). The emulator sends test mail only there; a relay without an entry is unreachable.
    /// </summary>
    public IDictionary<string, string> Relays { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The faults the emulator shows.</summary>
    public CliEmulatorFaults Faults { get; init; } = new();

    /// <summary>Every keyword written, in order, including refused and lost ones; the password masked.</summary>
    public IList<DotHillLabWrite> Writes { get; init; } = [];

    /// <summary>Every test mail the array tried to send.</summary>
    public IList<DotHillLabSend> Sent { get; init; } = [];

    /// <summary>Reads a state file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The state.</returns>
    public static DotHillLabState Load(string path) =>
        JsonSerializer.Deserialize<DotHillLabState>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no Dot Hill lab state.");

    /// <summary>Reads the file, lets <paramref name="change"/> edit the state, and writes it back.</summary>
    /// <param name="path">The file.</param>
    /// <param name="change">The edit.</param>
    public static void Update(string path, Action<DotHillLabState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = Load(path);
        change(state);
        state.Save(path);
    }

    /// <summary>Lets <paramref name="relay"/> (as the array is configured) reach <paramref name="standIn"/>, a loopback endpoint.</summary>
    /// <param name="relay">The configured relay, e.g. <c>10.6.0.25:25</c>.</param>
    /// <param name="standIn">The loopback endpoint, e.g. the SMTP capture.</param>
    /// <exception cref="ArgumentException"><paramref name="standIn"/> is not loopback.</exception>
    public void MapRelay(IPEndPoint relay, IPEndPoint standIn)
    {
        ArgumentNullException.ThrowIfNull(relay);
        ArgumentNullException.ThrowIfNull(standIn);
        if (!IPAddress.IsLoopback(standIn.Address))
        {
            throw new ArgumentException("The lab sends mail to loopback only.", nameof(standIn));
        }

        Relays[relay.ToString()] = standIn.ToString();
    }

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
}
