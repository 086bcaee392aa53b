using Provisioner.Abstractions;
using Provisioner.Testing.Conformance;

namespace Provisioner.Testing.Fakes;

/// <summary>
/// An in-memory device for <see cref="ScriptedDriver"/>: canonical state, a write log, injectable
/// faults, optional storage quirks (<see cref="StoreTransform"/>) and a session counter for
/// concurrency tests. Thread-safe.
/// </summary>
public sealed class ScriptedDevice : ISimulatedDevice
{
    private readonly Lock gate = new();
    private readonly Dictionary<SettingKey, SettingValue> initial;
    private readonly Dictionary<SettingKey, SettingValue> state;
    private readonly List<SimulatedWrite> log = [];
    private readonly List<SimulatedFault> faults = [];
    private int openSessions;

    /// <summary>Creates a device at <paramref name="address"/> holding <paramref name="initial"/>.</summary>
    /// <param name="address">The address the driver finds it by.</param>
    /// <param name="community">The secret the device accepts as credentials.</param>
    /// <param name="initial">The initial canonical values; missing keys are empty (absent).</param>
    public ScriptedDevice(string address, string community, IReadOnlyDictionary<SettingKey, SettingValue> initial)
    {
        Address = address;
        Community = community;
        this.initial = new Dictionary<SettingKey, SettingValue>(initial);
        state = new Dictionary<SettingKey, SettingValue>(initial);
    }

    /// <summary>The address.</summary>
    public string Address { get; }

    /// <summary>The accepted community (the credential secret).</summary>
    public string Community { get; set; }

    /// <summary>What the device says it is.</summary>
    public IdentifyResponse Identity { get; set; } = new()
    {
        Vendor = "Scripted", Model = "FAKE-1", Firmware = "1.0", Serial = "S-0001",
    };

    /// <summary>Keys the device never shows (passwords).</summary>
    public ISet<SettingKey> WriteOnlyKeys { get; } = new HashSet<SettingKey> { SettingKey.SmtpAuthPassword };

    /// <summary>Keys this device's firmware lacks, with the reason.</summary>
    public IDictionary<SettingKey, string> NotSupported { get; } = new Dictionary<SettingKey, string>();

    /// <summary>What the device does to a value when it stores it (padding, upper-casing); identity when null.</summary>
    public Func<SettingKey, SettingValue, SettingValue>? StoreTransform { get; set; }

    /// <summary>Exceptions the next opens throw, one per open.</summary>
    public Queue<Exception> OpenFailures { get; } = new();

    /// <summary>The most sessions that were open at once.</summary>
    public int MaxOpenSessions { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyList<SimulatedWrite> WriteLog
    {
        get
        {
            lock (gate)
            {
                return [.. log];
            }
        }
    }

    /// <summary>True when a <see cref="SimulatedFault.Silent"/> fault is on.</summary>
    public bool IsSilent => HasFault(f => f is SimulatedFault.Silent);

    /// <summary>The current value of <paramref name="key"/>, or null when absent.</summary>
    /// <param name="key">The setting.</param>
    /// <returns>The stored value.</returns>
    public SettingValue? Get(SettingKey key)
    {
        lock (gate)
        {
            return state.GetValueOrDefault(key);
        }
    }

    /// <summary>What a read of <paramref name="key"/> returns.</summary>
    /// <param name="key">The setting.</param>
    /// <returns>The observation.</returns>
    public Observed Observe(SettingKey key)
    {
        lock (gate)
        {
            return NotSupported.TryGetValue(key, out var reason) ? new Observed.NotSupported(reason)
                : WriteOnlyKeys.Contains(key) ? new Observed.WriteOnly()
                : state.TryGetValue(key, out var value) && !value.IsEmpty ? new Observed.Known(value)
                : new Observed.Absent();
        }
    }

    /// <summary>Applies one write as the device would, logging it.</summary>
    /// <param name="change">The change.</param>
    /// <param name="diagnostic">The device's complaint when rejected.</param>
    /// <returns>The status.</returns>
    public WriteStatus Write(SettingChange change, out Diagnostic? diagnostic)
    {
        ArgumentNullException.ThrowIfNull(change);
        diagnostic = null;
        lock (gate)
        {
            log.Add(new SimulatedWrite(change.Key, $"{change.Key.Name}={change.Value.ToDisplayString()}"));
            if (NotSupported.ContainsKey(change.Key))
            {
                diagnostic = Diagnostic.Warning("fake.noSuchSetting", $"No {change.Key.Name} on this firmware") with { Path = change.Key.Name };
                return WriteStatus.NotSupported;
            }

            if (faults.Exists(f => f is SimulatedFault.RejectWrites r && r.Key.Equals(change.Key)))
            {
                diagnostic = Diagnostic.Error("fake.wrongValue", $"Device rejected {change.Key.Name}", "wrongValue (10)") with { Path = change.Key.Name };
                return WriteStatus.Rejected;
            }

            if (!faults.Exists(f => f is SimulatedFault.LoseWrites l && l.Key.Equals(change.Key)))
            {
                state[change.Key] = StoreTransform?.Invoke(change.Key, change.Value) ?? change.Value;
            }

            return WriteStatus.Applied;
        }
    }

    /// <summary>A copy of the whole state, for snapshot capable sessions.</summary>
    /// <returns>The copy.</returns>
    public Dictionary<SettingKey, SettingValue> CopyState()
    {
        lock (gate)
        {
            return new Dictionary<SettingKey, SettingValue>(state);
        }
    }

    /// <summary>Replaces the whole state (a snapshot restore), logging one write per key.</summary>
    /// <param name="values">The state to hold.</param>
    public void ReplaceState(IReadOnlyDictionary<SettingKey, SettingValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        lock (gate)
        {
            state.Clear();
            foreach (var (key, value) in values)
            {
                state[key] = value;
                log.Add(new SimulatedWrite(key, $"restore {key.Name}"));
            }
        }
    }

    /// <inheritdoc/>
    public void ClearWriteLog()
    {
        lock (gate)
        {
            log.Clear();
        }
    }

    /// <inheritdoc/>
    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            state[key] = value;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Inject(SimulatedFault fault)
    {
        lock (gate)
        {
            faults.Add(fault);
        }
    }

    /// <inheritdoc/>
    public void ClearFaults()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    /// <summary>Back to the initial state: no faults, empty log, no queued open failures.</summary>
    public void Reset()
    {
        lock (gate)
        {
            state.Clear();
            foreach (var (key, value) in initial)
            {
                state[key] = value;
            }

            log.Clear();
            faults.Clear();
            OpenFailures.Clear();
        }
    }

    internal void SessionOpened()
    {
        lock (gate)
        {
            openSessions++;
            MaxOpenSessions = Math.Max(MaxOpenSessions, openSessions);
        }
    }

    internal void SessionClosed()
    {
        lock (gate)
        {
            openSessions--;
        }
    }

    private bool HasFault(Predicate<SimulatedFault> match)
    {
        lock (gate)
        {
            return faults.Exists(match);
        }
    }
}
