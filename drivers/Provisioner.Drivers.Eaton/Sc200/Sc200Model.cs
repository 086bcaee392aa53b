namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>
/// The unverified assumptions about the SC200, kept in one place (see README "Unverified assumptions").
/// </summary>
public static class Sc200Model
{
    /// <summary>
    /// The number of rows of <c>email-Receiver-Table</c> (indexes 1..5). <b>Unverified</b>: RPS-SC200-MIB
    /// does not state it and no public walk contains the table; the lab model uses the same number.
    /// </summary>
    public const int ReceiverRows = 5;

    /// <summary>The longest DisplayString the SC200 keeps in <c>email-Return-Address</c> and <c>email-Receiver-Address</c>.</summary>
    public const int MaxAddressLength = 200;

    /// <summary>The sysDescr pattern of an SC200; group 1 is the software version.</summary>
    public const string SysDescrPattern = @"^SC200 Controller - software version (\S+)";

    /// <summary>
    /// Whether a receiver row is unused. <b>Unverified</b>: DEFVAL of <c>email-Receiver-Address</c> is the
    /// empty string, so an empty address is taken to mean "no recipient in this slot"; a row whose
    /// level is <c>none(4)</c> sends nothing and is treated as unused too.
    /// </summary>
    /// <param name="address">The normalised address read from the row.</param>
    /// <param name="level">The row's <c>email-Receiver-Level</c>.</param>
    /// <returns>True when the slot holds no recipient.</returns>
    public static bool IsUnusedSlot(string address, int level) => address.Length == 0 || level == (int)Mapping.SeverityLevel.None;
}
