using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton;

/// <summary>The instance OIDs of one controller's <c>email</c> group (SC200 or SC300), parsed once from <see cref="Oids"/>.</summary>
public sealed class EmailGroup
{
    /// <summary>Creates the group.</summary>
    /// <param name="email"><see cref="Oids.Sc200Email"/> or <see cref="Oids.Sc300Email"/>.</param>
    /// <param name="rows">The receiver table's row count.</param>
    public EmailGroup(string email, int rows)
    {
        Notifications = Oid.Parse(email + Oids.Email.Notifications);
        ServerAddress = Oid.Parse(email + Oids.Email.ServerAddress);
        ServerPort = Oid.Parse(email + Oids.Email.ServerPort);
        ReturnAddress = Oid.Parse(email + Oids.Email.ReturnAddress);
        FromAddress = Oid.Parse(email + Oids.Email.FromAddress);
        ReceiverAddress = Column(email, Oids.Email.ReceiverAddressColumn, rows);
        ReceiverLevel = Column(email, Oids.Email.ReceiverLevelColumn, rows);
        SendTestEmail = Column(email, Oids.Email.SendTestEmailColumn, rows);
        SmtpResult = Column(email, Oids.Email.SmtpResultColumn, rows);
    }

    /// <summary><c>email-Notifications.0</c>.</summary>
    public Oid Notifications { get; }

    /// <summary><c>smtp-Server-IP-Address.0</c>.</summary>
    public Oid ServerAddress { get; }

    /// <summary><c>smtp-Server-Port.0</c>.</summary>
    public Oid ServerPort { get; }

    /// <summary><c>email-Return-Address.0</c>.</summary>
    public Oid ReturnAddress { get; }

    /// <summary><c>emailFromAddress.0</c> (SC300 only).</summary>
    public Oid FromAddress { get; }

    /// <summary><c>email-Receiver-Address.&lt;row&gt;</c>, rows 1..N.</summary>
    public IReadOnlyList<Oid> ReceiverAddress { get; }

    /// <summary><c>email-Receiver-Level.&lt;row&gt;</c>.</summary>
    public IReadOnlyList<Oid> ReceiverLevel { get; }

    /// <summary><c>send-Test-Email.&lt;row&gt;</c>.</summary>
    public IReadOnlyList<Oid> SendTestEmail { get; }

    /// <summary><c>smtp-Result.&lt;row&gt;</c>.</summary>
    public IReadOnlyList<Oid> SmtpResult { get; }

    private static Oid[] Column(string email, int column, int rows) =>
        [.. Enumerable.Range(1, rows).Select(row => Oid.Parse(Oids.ReceiverCell(email, column, row)))];
}
