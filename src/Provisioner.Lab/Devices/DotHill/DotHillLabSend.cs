namespace Provisioner.Lab.Devices.DotHill;

/// <summary>One test e-mail the lab array tried to send.</summary>
public sealed class DotHillLabSend
{
    /// <summary>The relay as configured, <c>server:port</c>.</summary>
    public string Relay { get; set; } = string.Empty;

    /// <summary>The From address (<c>sender@domain</c>).</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>The recipients.</summary>
    public IList<string> To { get; init; } = [];

    /// <summary>The SMTP result: 250 accepted, 0 when no lab relay stands in for the configured one.</summary>
    public int Result { get; set; }
}
