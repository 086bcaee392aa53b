using Provisioner.Lab.Hosting;

namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>
/// A lab APC Network Management Card 3 (a Smart-UPS) behind real OpenSSH: the emulator <c>nmc-cli.py</c> on an
/// <see cref="NmcLabState"/> file named after the device. Faults act on the CLI's fields, named as the emulator names
/// them (<c>smtp -s</c>, <c>email -t</c>).
/// </summary>
public sealed class NmcLabModel : EmulatedSshDevice
{
    /// <summary>Creates the card with factory settings and the device's name as its system name.</summary>
    /// <param name="context">The device, its faults and state folder.</param>
    public NmcLabModel(LabModelContext context)
        : base(context, NmcLabState.ScriptPath, Initial(context).ToJson())
    {
    }

    /// <summary>The card's state as the emulator last wrote it.</summary>
    public NmcLabState State => NmcLabState.Load(StatePath);

    /// <summary>Changes the card's state out of band (as someone at its web page would).</summary>
    /// <param name="change">The edit.</param>
    public void Update(Action<NmcLabState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Edit(json =>
        {
            var state = System.Text.Json.JsonSerializer.Deserialize<NmcLabState>(json.ToJsonString(), NmcLabState.JsonOptions) ?? new NmcLabState();
            change(state);
            var edited = System.Text.Json.Nodes.JsonNode.Parse(state.ToJson())!.AsObject();
            json.Clear();
            foreach (var (key, value) in edited.ToList())
            {
                edited.Remove(key);
                json[key] = value;
            }
        });
    }

    private static NmcLabState Initial(LabModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = new NmcLabState();
        state.Identity.Name = context.Name;
        return state;
    }
}
