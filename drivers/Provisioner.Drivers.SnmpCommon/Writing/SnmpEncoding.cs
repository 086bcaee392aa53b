using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// What one setting contributes to a write: its bindings, each with the setting path it belongs to (so
/// the agent's error-index names the right setting), or the reasons it cannot be written at all.
/// </summary>
/// <param name="key">The setting.</param>
public sealed class SnmpEncoding(SettingKey key)
{
    private readonly List<VarBind> bindings = [];
    private readonly List<string> paths = [];

    /// <summary>The setting the bindings write.</summary>
    public SettingKey Key { get; } = key ?? throw new ArgumentNullException(nameof(key));

    /// <summary>The bindings, in order.</summary>
    public IReadOnlyList<VarBind> Bindings => bindings;

    /// <summary>The setting path of each binding, e.g. <c>smtp.recipients[1]</c>.</summary>
    public IReadOnlyList<string> Paths => paths;

    /// <summary>Why the value cannot be written, one error per problem; empty when it can.</summary>
    public DiagnosticList Refusals { get; } = [];

    /// <summary>Whether the value was refused before any I/O.</summary>
    public bool IsRefused => Refusals.Count > 0;

    /// <summary>Adds a binding.</summary>
    /// <param name="path">The setting path it belongs to.</param>
    /// <param name="oid">The instance.</param>
    /// <param name="value">The value.</param>
    public void Add(string path, Oid oid, SnmpValue value)
    {
        bindings.Add(new VarBind(oid, value));
        paths.Add(path);
    }

    /// <summary>Refuses the value with the standard <c>snmp.valueNotStorable</c> error.</summary>
    /// <param name="path">The setting path.</param>
    /// <param name="reason">Why, e.g. the codec's message.</param>
    /// <param name="code">A more specific code, or null for <c>snmp.valueNotStorable</c>.</param>
    public void Refuse(string path, string reason, string? code = null) =>
        Refusals.Add(Diagnostic.Error(code ?? "snmp.valueNotStorable", $"The device cannot hold this {path}", $"Not written: {reason}. Change the value in the inventory.") with { Path = path });
}
