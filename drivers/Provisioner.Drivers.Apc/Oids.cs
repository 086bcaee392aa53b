using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Apc;

/// <summary>
/// The wire vocabulary of legacy APC NetBotz appliances (WallBotz/RackBotz 300), from NETBOTZ-MIB
/// (SMIv1; same objects in NETBOTZ-DEVICE-MIB): <c>enterprises</c> → <c>netBotz(5528)</c> →
/// <c>netBotz-device(50)</c>. All objects are scalars (instance <c>.0</c>).
/// </summary>
public static class Oids
{
    /// <summary>The NetBotz enterprise, <c>1.3.6.1.4.1.5528</c>.</summary>
    public const string Enterprise = "1.3.6.1.4.1.5528";

    /// <summary><c>netBotz-products</c>, <c>.5528.30</c>: WallBotz-300 <c>.30.1000</c>, RackBotz-300 <c>.30.1001</c> (as sysObjectID: unverified).</summary>
    public const string Products = Enterprise + ".30";

    /// <summary><c>netBotz-device</c>, <c>.5528.50</c>.</summary>
    public const string Device = Enterprise + ".50";

    /// <summary><c>netBotz-dev-smtp.0</c>: DisplayString, read-write: the SMTP server for alert e-mail.</summary>
    public static Oid Smtp { get; } = Scalar(8);

    /// <summary><c>netBotz-dev-smtpport.0</c>: INTEGER, read-write: the SMTP port.</summary>
    public static Oid SmtpPort { get; } = Scalar(9);

    /// <summary><c>netBotz-dev-primaryemail.0</c>: DisplayString, read-write: primary recipients, comma-separated.</summary>
    public static Oid PrimaryEmail { get; } = Scalar(14);

    /// <summary><c>netBotz-dev-secondaryemail.0</c>: DisplayString, read-write: secondary recipients, comma-separated.</summary>
    public static Oid SecondaryEmail { get; } = Scalar(15);

    /// <summary><c>netBotz-dev-backup-smtp.0</c>: DisplayString, read-write: the backup SMTP server.</summary>
    public static Oid BackupSmtp { get; } = Scalar(36);

    private static Oid Scalar(uint arc) => Oid.Parse(Device).Append(arc, 0);
}
