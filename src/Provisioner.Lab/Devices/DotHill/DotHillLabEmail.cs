namespace Provisioner.Lab.Devices.DotHill;

/// <summary>The lab array's e-mail settings, as <c>show email-parameters</c> shows them (factory defaults: addendum §1.1).</summary>
public sealed class DotHillLabEmail
{
    /// <summary><c>email-notification</c>: <c>Enabled</c> or <c>Disabled</c>; follows <see cref="Filter"/> (none = Disabled).</summary>
    public string Notification { get; set; } = "Disabled";

    /// <summary><c>email-notification-filter</c>: <c>crit</c>, <c>error</c>, <c>warn</c>, <c>resolved</c>, <c>info</c> or <c>none</c>.</summary>
    public string Filter { get; set; } = "none";

    /// <summary><c>email-notify-address-1..4</c>; always four, empty when unset.</summary>
    public IList<string> Addresses { get; init; } = [string.Empty, string.Empty, string.Empty, string.Empty];

    /// <summary><c>email-security-protocol</c>: <c>None</c>, <c>TLS</c> or <c>SSL</c>.</summary>
    public string Security { get; set; } = "None";

    /// <summary><c>email-smtp-port</c>: empty when unset.</summary>
    public string Port { get; set; } = string.Empty;

    /// <summary><c>email-server</c>.</summary>
    public string Server { get; set; } = string.Empty;

    /// <summary><c>email-domain</c>.</summary>
    public string Domain { get; set; } = string.Empty;

    /// <summary><c>email-sender</c> (local part).</summary>
    public string Sender { get; set; } = string.Empty;

    /// <summary>The sender password (lab only; the array shows <c>Not Configured</c> or a mask).</summary>
    public string SenderPassword { get; set; } = string.Empty;

    /// <summary><c>email-include-logs</c>: <c>Enabled</c> or <c>Disabled</c>.</summary>
    public string IncludeLogs { get; set; } = "Disabled";
}
