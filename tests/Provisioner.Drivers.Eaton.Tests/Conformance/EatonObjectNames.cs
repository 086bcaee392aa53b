namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The lab model's object names (without instance) that hold each canonical setting.</summary>
/// <param name="Notifications">The master enable.</param>
/// <param name="Relay">The relay address.</param>
/// <param name="RelayIsText">Whether the relay is a string (SC300 InetAddress) rather than an IpAddress.</param>
/// <param name="Port">The relay port.</param>
/// <param name="From">The object the driver writes the sender to.</param>
/// <param name="ReceiverAddress">The receiver-table address column.</param>
/// <param name="ReceiverLevel">The receiver-table level column.</param>
/// <param name="Rows">The receiver table's rows.</param>
public sealed record EatonObjectNames(string Notifications, string Relay, bool RelayIsText, string Port, string From, string ReceiverAddress, string ReceiverLevel, int Rows)
{
    /// <summary>RPS-SC200-MIB names.</summary>
    public static EatonObjectNames Sc200 { get; } = new("email-Notifications", "smtp-Server-IP-Address", false, "smtp-Server-Port", "email-Return-Address", "email-Receiver-Address", "email-Receiver-Level", 5);

    /// <summary>RPS-SC300-MIB names (as the lab model defines them).</summary>
    public static EatonObjectNames Sc300 { get; } = new("emailNotifications", "smtpServerIpAddress", true, "smtpServerPort", "emailFromAddress", "emailReceiverAddress", "emailReceiverLevel", 5);
}
