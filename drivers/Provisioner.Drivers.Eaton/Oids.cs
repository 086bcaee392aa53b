namespace Provisioner.Drivers.Eaton;

/// <summary>
/// The wire vocabulary of the Eaton SC200/SC300 DC-power controllers, in one place. Every OID is
/// computed from RPS-SC200-MIB (LAST-UPDATED 201205220136Z) and RPS-SC300-MIB (201303240000Z):
/// <c>enterprises(1.3.6.1.4.1)</c> → <c>eaton-chnz(1918)</c> → <c>dc-Power-System(2)</c> →
/// <c>rps-SC200(13)</c> / <c>rpsSc300(14)</c> → <c>rps-Objects(10)</c> → <c>communications(30)</c> →
/// <c>email(65)</c>. Scalars carry the instance suffix <c>.0</c>; table columns take the row index.
/// </summary>
public static class Oids
{
    /// <summary>SNMPv2-MIB sysDescr.0, e.g. <c>SC200 Controller - software version 4.04</c>.</summary>
    public const string SysDescr = "1.3.6.1.2.1.1.1.0";

    /// <summary>SNMPv2-MIB sysObjectID.0: <see cref="Sc200Product"/> or <see cref="Sc300Product"/>.</summary>
    public const string SysObjectId = "1.3.6.1.2.1.1.2.0";

    /// <summary>SNMPv2-MIB sysUpTime.0, to notice a controller that rebooted during a change.</summary>
    public const string SysUpTime = "1.3.6.1.2.1.1.3.0";

    /// <summary>The SC200 product identity, <c>rps-SC200</c>: sysObjectID of an SC200 (seen in a real walk).</summary>
    public const string Sc200Product = "1.3.6.1.4.1.1918.2.13";

    /// <summary>The SC300 product identity, <c>rpsSc300</c>.</summary>
    public const string Sc300Product = "1.3.6.1.4.1.1918.2.14";

    /// <summary>The <c>email</c> group of an SC200.</summary>
    public const string Sc200Email = Sc200Product + ".10.30.65";

    /// <summary>The <c>email</c> group of an SC300.</summary>
    public const string Sc300Email = Sc300Product + ".10.30.65";

    /// <summary>Sub-OIDs under <c>email</c>, shared by SC200 and SC300 (names as in RPS-SC200-MIB).</summary>
    public static class Email
    {
        /// <summary><c>email-Notifications.0</c>: Enable-State INTEGER { disabled(0), enabled(1) }, read-write, DEFVAL disabled.</summary>
        public const string Notifications = ".10.0";

        /// <summary><c>smtp-Server-IP-Address.0</c>: SC200 IpAddress (IPv4 only); SC300 InetAddress string (SIZE 1..64). DEFVAL 1.1.1.1.</summary>
        public const string ServerAddress = ".20.0";

        /// <summary><c>smtp-Server-Port.0</c>: Integer32 (0..65535), DEFVAL 25.</summary>
        public const string ServerPort = ".30.0";

        /// <summary><c>email-Return-Address.0</c>: DisplayString, SC200 SIZE(200) as written (read as 0..200), SC300 SIZE(0..100). The Return-Path.</summary>
        public const string ReturnAddress = ".40.0";

        /// <summary><c>emailFromAddress.0</c>: SC300 only, DisplayString (SIZE 0..100); empty means the firmware's default text.</summary>
        public const string FromAddress = ".42.0";

        /// <summary><c>email-Subject-Prefix.0</c>: DisplayString (SIZE 0..20), DEFVAL "[DC-POWER] ".</summary>
        public const string SubjectPrefix = ".50.0";

        /// <summary><c>email-Receiver-Entry</c>: the receiver table's entry; columns follow as <c>.&lt;column&gt;.&lt;row&gt;</c>.</summary>
        public const string ReceiverEntry = ".60.1";

        /// <summary>Column <c>email-Receiver-Index</c>: Unsigned8 (0..255), read-only on SC200.</summary>
        public const int ReceiverIndexColumn = 1;

        /// <summary>Column <c>email-Receiver-Address</c>: DisplayString, read-write, DEFVAL "" (empty = unused slot, an assumption).</summary>
        public const int ReceiverAddressColumn = 10;

        /// <summary>Column <c>email-Receiver-Level</c>: Severity-Level INTEGER, read-write, DEFVAL none(4).</summary>
        public const int ReceiverLevelColumn = 20;

        /// <summary>Column <c>email-Receiver-Delay</c>: seconds (SC200 TimeTicks syntax), read-write, DEFVAL 30.</summary>
        public const int ReceiverDelayColumn = 30;

        /// <summary>Column <c>send-Test-Email</c>: No-Data OCTET STRING (SIZE 0); setting it sends a test mail to that row.</summary>
        public const int SendTestEmailColumn = 40;

        /// <summary>Column <c>smtp-Result</c>: Unsigned16, read-only: the last SMTP result of that row; 9999 = server unreachable.</summary>
        public const int SmtpResultColumn = 50;
    }

    /// <summary>Returns the full OID of a receiver-table cell: <c>&lt;email&gt;.60.1.&lt;column&gt;.&lt;row&gt;</c>.</summary>
    /// <param name="emailGroup"><see cref="Sc200Email"/> or <see cref="Sc300Email"/>.</param>
    /// <param name="column">One of the <c>Receiver…Column</c> constants.</param>
    /// <param name="row">The row index, 1-based.</param>
    /// <returns>The dotted OID.</returns>
    public static string ReceiverCell(string emailGroup, int column, int row) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{emailGroup}{Email.ReceiverEntry}.{column}.{row}");
}
