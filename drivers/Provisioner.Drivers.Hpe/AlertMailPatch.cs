using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// Turns canonical changes into one <c>{"Oem":{"Hpe":{…}}}</c> PATCH. iLO checks the enable flags against the
/// state that results (<see cref="IloAssumptions.CouplingCheckedAgainstFinalState"/>), so everything goes in one
/// body, the values first and the two enable flags last. Values iLO cannot hold are refused before sending.
/// </summary>
internal sealed class AlertMailPatch
{
    /// <summary>The property order of the body: what the enable flags depend on first.</summary>
    private static readonly string[] Order =
    [
        Endpoints.Server, Endpoints.Port, Endpoints.SecureEnabled, Endpoints.AuthUser, Endpoints.AuthPassword,
        Endpoints.SenderDomain, Endpoints.Email, Endpoints.AuthEnabled, Endpoints.Enabled,
    ];

    private readonly Dictionary<string, JsonNode?> properties = new(StringComparer.Ordinal);

    /// <summary>The keys to send and the properties each one sets.</summary>
    public Dictionary<SettingKey, string[]> Planned { get; } = [];

    /// <summary>Keys refused before sending (a value iLO cannot hold), with the diagnostics saying why.</summary>
    public Dictionary<SettingKey, Diagnostic> Refused { get; } = [];

    /// <summary>Keys iLO has no property for, with the warnings saying so.</summary>
    public Dictionary<SettingKey, Diagnostic> Unsupported { get; } = [];

    /// <summary>The secrets the body carries (the SMTP password).</summary>
    public List<Secret> Secrets { get; } = [];

    /// <summary>Whether there is anything to send.</summary>
    public bool IsEmpty => properties.Count == 0;

    /// <summary>Builds the patch of <paramref name="changes"/> for an iLO in <paramref name="state"/>.</summary>
    /// <param name="changes">The changes.</param>
    /// <param name="state">The state read before writing (the iLO's host name for the sender).</param>
    /// <returns>The patch.</returns>
    public static AlertMailPatch For(IEnumerable<SettingChange> changes, AlertMailState state)
    {
        var patch = new AlertMailPatch();
        foreach (var change in changes)
        {
            patch.Add(change, state);
        }

        return patch;
    }

    /// <summary>Builds the patch that puts the readable AlertMail state back (the password cannot be read, so it stays).</summary>
    /// <param name="state">The state to restore.</param>
    /// <returns>The patch.</returns>
    public static AlertMailPatch Restoring(AlertMailState state)
    {
        var patch = new AlertMailPatch();
        patch.properties[Endpoints.Server] = state.Server;
        patch.properties[Endpoints.Port] = state.Port;
        patch.properties[Endpoints.SecureEnabled] = state.SecureEnabled;
        patch.properties[Endpoints.AuthUser] = state.AuthUser;
        patch.properties[Endpoints.SenderDomain] = state.SenderDomain;
        patch.properties[Endpoints.Email] = state.Email;
        patch.properties[Endpoints.AuthEnabled] = state.AuthEnabled;
        patch.properties[Endpoints.Enabled] = state.Enabled;
        return patch;
    }

    /// <summary>The JSON body, properties in dependency order.</summary>
    /// <returns>The body text (it may hold the password: never log it).</returns>
    public string Body()
    {
        var hpe = new JsonObject();
        foreach (var name in Order.Where(properties.ContainsKey))
        {
            hpe[name] = properties[name]?.DeepClone();
        }

        return new JsonObject { ["Oem"] = new JsonObject { ["Hpe"] = hpe } }.ToJsonString();
    }

    private void Add(SettingChange change, AlertMailState state)
    {
        var key = change.Key;
        switch (key.Name, change.Value)
        {
            case ("smtp.enabled", BooleanValue flag):
                Set(key, (Endpoints.Enabled, flag.Value));
                break;
            case ("smtp.relay", TextValue relay):
                Set(key, (Endpoints.Server, relay.Value.Trim()));
                break;
            case ("smtp.port", IntegerValue port):
                Set(key, (Endpoints.Port, (int)port.Value));
                break;
            case ("smtp.security", SecurityValue { Value: SmtpSecurity.Tls }):
                Refuse(key, "iLO cannot hold implicit TLS", "AlertMail has one switch, AlertMailSMTPSecureEnabled (\"SSL/TLS\"), taken as STARTTLS; there is no implicit-TLS (SMTPS) mode. Use security 'starttls' or 'none' for this device.");
                break;
            case ("smtp.security", SecurityValue security):
                Set(key, (Endpoints.SecureEnabled, security.Value != SmtpSecurity.None));
                break;
            case ("smtp.auth.user", TextValue user):
                Set(key, (Endpoints.AuthUser, user.Value.Trim()), (Endpoints.AuthEnabled, user.Value.Trim().Length > 0));
                break;
            case ("smtp.auth.password", SecretValue password):
                Secrets.Add(password.Value);
                Set(key, (Endpoints.AuthPassword, password.Value.Reveal()));
                break;
            case ("smtp.from", TextValue from):
                AddSender(key, from.Value.Trim(), state);
                break;
            case ("smtp.recipients", RecipientsValue { Value.Count: > 1 } list):
                Refuse(key, "iLO holds one recipient", $"AlertMailEmail takes a single address; the inventory gives {list.Value.Count} ({list.ToDisplayString()}). Send this device to one group whose members include the others ('provisioner lint' PV022).");
                break;
            case ("smtp.recipients", RecipientsValue list):
                Set(key, (Endpoints.Email, list.Value.Count == 0 ? string.Empty : list.Value[0].Address.Trim()));
                break;
            case ("alerts.minimum_severity", _):
                Unsupported[key] = Diagnostic.Warning("setting.manual", $"{key.Name} cannot be set over Redfish", $"{AlertMailObservations.NoSeverityField}: {Ilo5Descriptor.SeverityStep.What} ({Ilo5Descriptor.SeverityStep.Where}).") with { Path = key.Name };
                break;
            default:
                Refuse(key, $"Unexpected value for {key.Name}", $"The hpe.ilo5 driver cannot write a {change.Value.GetType().Name} to {key.Name}.");
                break;
        }
    }

    private void AddSender(SettingKey key, string from, AlertMailState state)
    {
        if (from.Length == 0)
        {
            Set(key, (Endpoints.SenderDomain, string.Empty));
            return;
        }

        var at = from.LastIndexOf('@');
        var local = at < 0 ? string.Empty : from[..at];
        var domain = at < 0 ? string.Empty : from[(at + 1)..];
        if (domain.Length == 0)
        {
            Refuse(key, "Sender has no domain", $"iLO sends from <iLO name>@AlertMailSenderDomain; '{from}' has no domain to write.");
        }
        else if (!string.Equals(local, state.HostName, StringComparison.OrdinalIgnoreCase))
        {
            Refuse(key, "iLO builds the sender from its own name", $"iLO sends from '{state.HostName}@{domain}' (its host name '{state.HostName}' @ AlertMailSenderDomain); it cannot send from '{from}'. Rename the iLO to '{local}' (iLO web interface › iLO Dedicated Network Port › General › iLO Subsystem Name) or change the device's sender in the inventory ('provisioner lint' PV023).");
        }
        else
        {
            Set(key, (Endpoints.SenderDomain, domain));
        }
    }

    private void Set(SettingKey key, params (string Name, JsonNode? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            properties[name] = value;
        }

        Planned[key] = [.. values.Select(v => v.Name)];
    }

    private void Refuse(SettingKey key, string summary, string detail) =>
        Refused[key] = Diagnostic.Error("write.rejected", summary, detail) with { Path = key.Name };
}
