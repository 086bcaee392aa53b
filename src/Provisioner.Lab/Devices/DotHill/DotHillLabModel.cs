using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;

namespace Provisioner.Lab.Devices.DotHill;

/// <summary>
/// A lab HPE MSA or Dell PowerVault ME array behind real OpenSSH: the emulator <c>msa-cli.py</c> on a
/// <see cref="DotHillLabState"/> file named after the device. Faults act on <c>set email-parameters</c> keywords
/// (<c>server</c>, <c>email-list</c>, …). The lab's relays are written into the state's relay map, all pointing at the
/// lab's SMTP capture, so the array's <c>test email</c> really reaches it.
/// </summary>
public sealed class DotHillLabModel : EmulatedSshDevice
{
    /// <summary>Creates the array with factory e-mail settings and the device's name as its system name.</summary>
    /// <param name="context">The device, its faults, relays and state folder.</param>
    /// <param name="identity">What the array says about itself (<see cref="DotHillLabIdentity.Msa2060"/>, <see cref="DotHillLabIdentity.Me4024"/>).</param>
    public DotHillLabModel(LabModelContext context, DotHillLabIdentity identity)
        : base(context, DotHillLabState.ScriptPath, Initial(context, identity).ToJson())
    {
    }

    /// <summary>The array's state as the emulator last wrote it.</summary>
    public DotHillLabState State => DotHillLabState.Load(StatePath);

    /// <summary>Changes the array's state out of band (as someone at its web interface would).</summary>
    /// <param name="change">The edit.</param>
    public void Update(Action<DotHillLabState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Edit(json =>
        {
            var state = JsonSerializer.Deserialize<DotHillLabState>(json.ToJsonString(), DotHillLabState.JsonOptions) ?? new DotHillLabState();
            change(state);
            var edited = JsonNode.Parse(state.ToJson())!.AsObject();
            json.Clear();
            foreach (var (key, value) in edited.ToList())
            {
                edited.Remove(key);
                json[key] = value;
            }
        });
    }

    private static DotHillLabState Initial(LabModelContext context, DotHillLabIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(identity);
        identity.Name = context.Name;
        var state = new DotHillLabState { Identity = identity };
        foreach (var relay in context.KnownRelays)
        {
            if (context.Relays(relay) is { } standIn)
            {
                state.MapRelay(relay, standIn);
            }
        }

        return state;
    }
}
