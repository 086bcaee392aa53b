using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;

namespace Provisioner.Lab.Devices;

/// <summary>
/// The lab side of an SSH device whose CLI is emulated by a script on a JSON state file (<see cref="ISshSimulatedDevice"/>).
/// It writes the initial state into the lab's SSH folder and keeps the state's <c>faults</c> object in step with
/// <see cref="DeviceFaults"/>, in the keys every emulator honours:
/// <list type="bullet">
/// <item><c>delayMs</c>: <see cref="DeviceFaults.Latency"/>, added before the banner and every answer (slowness);</item>
/// <item><c>reject</c>: <see cref="DeviceFaults.RejectedObjects"/>, fields whose writes the CLI refuses with its error and does not store;</item>
/// <item><c>lose</c>: <see cref="DeviceFaults.LostWrites"/>, fields whose writes the CLI reports as done but does not store;</item>
/// <item><c>silent</c>: <see cref="DeviceFaults.Silent"/>, no output at all;</item>
/// <item><c>dropAfterWrites</c> with <c>dropOnce</c>: <see cref="DeviceFaults.ResetOnNextSet"/>, the session ends right after the next
/// stored write, before its result code, once (the emulator clears both when it drops).</item>
/// </list>
/// A new SSH device model derives from this class with its script and initial state and registers in <see cref="LabModelCatalog"/>.
/// </summary>
public abstract class EmulatedSshDevice : ISshSimulatedDevice
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock gate = new();
    private bool dropArmed;

    /// <summary>Writes the initial state and starts following the faults.</summary>
    /// <param name="context">The device; its <see cref="LabModelContext.StateFolder"/> receives the state file (a new temporary folder when null).</param>
    /// <param name="emulatorScript">The full path of the emulator script.</param>
    /// <param name="initialState">The initial state, as the emulator's JSON (an object).</param>
    protected EmulatedSshDevice(LabModelContext context, string emulatorScript, string initialState)
    {
        ArgumentNullException.ThrowIfNull(context);
        var folder = context.StateFolder ?? Directory.CreateTempSubdirectory("provisioner-sshlab-").FullName;
        Directory.CreateDirectory(folder);
        EmulatorScript = emulatorScript;
        StatePath = Path.Combine(folder, FileName(context.Name) + ".json");
        Faults = context.Faults;
        Save(JsonNode.Parse(initialState)?.AsObject() ?? throw new ArgumentException("The initial state is not a JSON object.", nameof(initialState)));
        SyncFaults();
        Faults.Changed += (_, _) => SyncFaults();
    }

    /// <inheritdoc/>
    public DeviceFaults Faults { get; }

    /// <inheritdoc/>
    public string EmulatorScript { get; }

    /// <inheritdoc/>
    public string StatePath { get; }

    /// <summary>How many writes the emulator logged in the state's <c>writes</c> array (refused and lost ones included).</summary>
    public int WritesLogged => Load()["writes"] is JsonArray writes ? writes.Count : 0;

    /// <inheritdoc/>
    public Task WhenIdleAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public IReadOnlyList<string> ExportState()
    {
        var state = Load();
        state.Remove("faults");
        state.Remove("writes");
        return [state.ToJsonString()];
    }

    /// <inheritdoc/>
    public void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        JsonObject saved;
        try
        {
            saved = lines.Count == 1 && JsonNode.Parse(lines[0]) is JsonObject o ? o : throw new FormatException("expected one JSON object line");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not an SSH device state line: {ex.Message}", ex);
        }

        lock (gate)
        {
            var current = Load();
            foreach (var keep in new[] { "faults", "writes" })
            {
                if (current[keep] is { } node)
                {
                    saved[keep] = node.DeepClone();
                }
            }

            Save(saved);
        }
    }

    /// <summary>Reads the state file, lets <paramref name="change"/> edit it, and writes it back atomically.</summary>
    /// <param name="change">The edit of the emulator's JSON.</param>
    protected void Edit(Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            var state = Load();
            change(state);
            Save(state);
        }
    }

    private void SyncFaults()
    {
        var arm = Faults.ResetOnNextSet && !dropArmed;
        var disarm = !Faults.ResetOnNextSet && dropArmed;
        dropArmed = Faults.ResetOnNextSet;
        Edit(state =>
        {
            var faults = state["faults"] as JsonObject ?? [];
            state["faults"] = faults;
            faults["delayMs"] = (int)Faults.Latency.TotalMilliseconds;
            faults["reject"] = new JsonArray([.. Faults.RejectedObjects.Order(StringComparer.Ordinal).Select(n => (JsonNode?)JsonValue.Create(n))]);
            faults["lose"] = new JsonArray([.. Faults.LostWrites.Order(StringComparer.Ordinal).Select(n => (JsonNode?)JsonValue.Create(n))]);
            faults["silent"] = Faults.Silent;
            if (arm)
            {
                faults["dropAfterWrites"] = 1;
                faults["dropOnce"] = true;
            }
            else if (disarm)
            {
                faults["dropAfterWrites"] = null;
                faults["dropOnce"] = false;
            }
        });
    }

    private JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(StatePath))?.AsObject() ?? throw new InvalidDataException($"{StatePath} holds no JSON object.");

    private void Save(JsonObject state)
    {
        var partial = StatePath + ".partial";
        File.WriteAllText(partial, state.ToJsonString(Indented));
        File.Move(partial, StatePath, overwrite: true);
    }

    private static string FileName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
