using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>The array's e-mail settings as <c>show email-parameters</c> shows them (property names: addendum §1.1).</summary>
/// <param name="Enabled"><c>email-notification</c> is <c>Enabled</c>.</param>
/// <param name="Level"><c>email-notification-filter</c>, lower case, e.g. <c>warn</c> or <c>none</c>.</param>
/// <param name="Addresses"><c>email-notify-address-1..4</c>, empty when unset; always four.</param>
/// <param name="Server"><c>email-server</c>.</param>
/// <param name="Domain"><c>email-domain</c>.</param>
/// <param name="Sender"><c>email-sender</c> (the local part).</param>
/// <param name="Port"><c>email-smtp-port</c>; empty when unset, null when the firmware has none.</param>
/// <param name="Security"><c>email-security-protocol</c>, lower case; null when the firmware has none.</param>
/// <param name="PasswordStatus"><c>email-sender-password</c> (<c>Not Configured</c> or a mask); null when the firmware has none.</param>
internal sealed record EmailParameters(
    bool Enabled, string Level, IReadOnlyList<string> Addresses, string Server, string Domain, string Sender, string? Port, string? Security, string? PasswordStatus)
{
    /// <summary>The status the array shows when no sender password is set.</summary>
    public const string NotConfigured = "Not Configured";

    /// <summary>The port in use: the shown one, or 25 when empty (<see cref="DotHillAssumptions.DefaultPort"/>); null when not a number or absent.</summary>
    public int? PortNumber => Port is null ? null
        : Port.Length == 0 ? DotHillAssumptions.DefaultPort
        : int.TryParse(Port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;

    /// <summary>Whether a sender password is set.</summary>
    public bool PasswordSet => PasswordStatus is { Length: > 0 } s && !string.Equals(s, NotConfigured, StringComparison.OrdinalIgnoreCase);

    /// <summary>The addresses that are set, in slot order.</summary>
    public IReadOnlyList<string> Recipients => [.. Addresses.Where(a => a.Length > 0)];

    /// <summary>The From address the array builds: <c>sender@domain</c> (addendum §1.3); empty when the sender is unset.</summary>
    public string From => Sender.Length == 0 ? string.Empty : Domain.Length == 0 ? Sender : $"{Sender}@{Domain}";

    /// <summary>Reads the <c>email-parameters</c> object of a response.</summary>
    /// <param name="response">The response of <c>show email-parameters</c>.</param>
    /// <param name="endpoint">The endpoint, for messages.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="DeviceProtocolException">The object or one of its always-present properties is missing.</exception>
    public static EmailParameters Parse(DotHillResponse response, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(response);
        var o = response.Find(DotHillCommands.EmailObject)
            ?? throw new DeviceProtocolException($"SSH at {endpoint}: `{DotHillCommands.ShowEmail}` showed no {DotHillCommands.EmailObject} object. Check the array's firmware against the driver README.") { Endpoint = endpoint, Operation = DotHillCommands.ShowEmail };

        string Required(string name) => o.Get(name)
            ?? throw new DeviceProtocolException($"SSH at {endpoint}: `{DotHillCommands.ShowEmail}` showed no {name} property. Check the array's firmware against the driver README.") { Endpoint = endpoint, Operation = DotHillCommands.ShowEmail };

        return new EmailParameters(
            string.Equals(Required(DotHillCommands.Properties.Notification), "Enabled", StringComparison.OrdinalIgnoreCase),
            Required(DotHillCommands.Properties.Filter).ToLowerInvariant(),
            [.. Enumerable.Range(1, DotHillCommands.Slots).Select(n => Required(DotHillCommands.Properties.AddressPrefix + n.ToString(CultureInfo.InvariantCulture)))],
            Required(DotHillCommands.Properties.Server),
            Required(DotHillCommands.Properties.Domain),
            Required(DotHillCommands.Properties.Sender),
            o.Get(DotHillCommands.Properties.Port),
            o.Get(DotHillCommands.Properties.Security)?.ToLowerInvariant(),
            o.Get(DotHillCommands.Properties.Password));
    }
}
