using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>The SC200 instance OIDs the session uses, parsed once from <see cref="Oids"/>.</summary>
internal static class Sc200Oids
{
    public static Oid SysDescr { get; } = Oid.Parse(Oids.SysDescr);

    public static Oid SysObjectId { get; } = Oid.Parse(Oids.SysObjectId);

    public static Oid Notifications { get; } = Oid.Parse(Oids.Sc200Email + Oids.Email.Notifications);

    public static Oid ServerAddress { get; } = Oid.Parse(Oids.Sc200Email + Oids.Email.ServerAddress);

    public static Oid ServerPort { get; } = Oid.Parse(Oids.Sc200Email + Oids.Email.ServerPort);

    public static Oid ReturnAddress { get; } = Oid.Parse(Oids.Sc200Email + Oids.Email.ReturnAddress);

    public static IReadOnlyList<Oid> ReceiverAddress { get; } = Rows(Oids.Email.ReceiverAddressColumn);

    public static IReadOnlyList<Oid> ReceiverLevel { get; } = Rows(Oids.Email.ReceiverLevelColumn);

    public static IReadOnlyList<Oid> SendTestEmail { get; } = Rows(Oids.Email.SendTestEmailColumn);

    public static IReadOnlyList<Oid> SmtpResult { get; } = Rows(Oids.Email.SmtpResultColumn);

    /// <summary>Everything <see cref="Sc200WireState"/> is read from, in its parse order.</summary>
    public static IReadOnlyList<Oid> State { get; } = [Notifications, ServerAddress, ServerPort, ReturnAddress, .. ReceiverAddress, .. ReceiverLevel];

    /// <summary>The identity objects followed by <see cref="State"/>: what one GET at identify time reads.</summary>
    public static IReadOnlyList<Oid> IdentityAndState { get; } = [SysObjectId, SysDescr, .. State];

    private static Oid[] Rows(int column) =>
        [.. Enumerable.Range(1, Sc200Model.ReceiverRows).Select(row => Oid.Parse(Oids.ReceiverCell(Oids.Sc200Email, column, row)))];
}
