using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Pulizzi;

/// <summary>
/// The wire vocabulary of Eaton (Pulizzi) legacy ePDUs, from EATON-EPDU-PU-SW-MIB (IPV3600 switched,
/// LAST-UPDATED 200910161200Z) and EATON-EPDU-PU-MI-MIB (monitored, 201002031200Z), observium copies.
/// Switched: <c>pulizzi(20677)</c> → <c>ipv3600(2)</c> → <c>logManagerConfig(3)</c>. Monitored:
/// <c>pulizzi(20677)</c> → <c>monitoredepdu(3)</c> → <c>epdum1(1)</c> → <c>epdum11(1)</c> → <c>networkSettings(2)</c>.
/// </summary>
public static class Oids
{
    /// <summary>The Pulizzi enterprise, <c>1.3.6.1.4.1.20677</c>.</summary>
    public const string Enterprise = "1.3.6.1.4.1.20677";

    /// <summary><c>ipv3600</c>, the switched module root; assumed as the switched units' sysObjectID prefix (unverified).</summary>
    public const string SwitchedRoot = Enterprise + ".2";

    /// <summary><c>monitoredepdu</c>, the monitored module root; assumed as the monitored units' sysObjectID prefix (unverified).</summary>
    public const string MonitoredRoot = Enterprise + ".3";

    /// <summary>Switched scalars under <c>logManagerConfig</c> (<c>.20677.2.3</c>).</summary>
    public static class Switched
    {
        /// <summary><c>mailServerIPAddress.0</c>: IpAddress, read-write: the mail server for logs and alerts.</summary>
        public static Oid MailServer { get; } = Scalar(1);

        /// <summary><c>sendLogFrom.0</c>: OCTET STRING, read-write: the From address, "x@y.z format".</summary>
        public static Oid From { get; } = Scalar(2);

        /// <summary><c>sendLogToUser1Address.0</c>: OCTET STRING, read-write: log recipient 1 (not alerts).</summary>
        public static Oid LogUser1 { get; } = Scalar(3);

        /// <summary><c>sendLogToUser2Address.0</c>: OCTET STRING, read-write: log recipient 2 (not alerts).</summary>
        public static Oid LogUser2 { get; } = Scalar(4);

        /// <summary><c>sendAlertsToUser1Address.0</c>: OCTET STRING, read-write: alert recipient slot 1.</summary>
        public static Oid AlertUser1 { get; } = Scalar(5);

        /// <summary><c>sendAlertsToUser2Address.0</c>: OCTET STRING, read-write: alert recipient slot 2.</summary>
        public static Oid AlertUser2 { get; } = Scalar(6);

        /// <summary><c>sendLogFrequency.0</c>: INTEGER weeklyOnSunday(1) … daily(8), whenFull(9), never(10).</summary>
        public static Oid LogFrequency { get; } = Scalar(7);

        /// <summary><c>sendLogTime.0</c>: OCTET STRING.</summary>
        public static Oid LogTime { get; } = Scalar(8);

        /// <summary><c>outletSection1Alert.0</c>, first of the per-event switches INTEGER disabled(0)/sendAlert(1) (…<c>contactClosure3Alert</c>).</summary>
        public static Oid FirstEventAlert { get; } = Scalar(13);

        private static Oid Scalar(uint arc) => Oid.Parse(SwitchedRoot).Append(3, arc, 0);
    }

    /// <summary>Monitored scalars under <c>networkSettings</c> (<c>.20677.3.1.1.2</c>).</summary>
    public static class Monitored
    {
        /// <summary><c>trapDestIP.0</c>: IpAddress, read-write.</summary>
        public static Oid TrapDestination { get; } = Scalar(5);

        /// <summary><c>mailServerIP.0</c>: IpAddress, read-write.</summary>
        public static Oid MailServer { get; } = Scalar(6);

        /// <summary><c>alertEmailAddress.0</c>: OCTET STRING (SIZE(1..49)), read-write: the single alert recipient; cannot be emptied.</summary>
        public static Oid AlertEmail { get; } = Scalar(7);

        private static Oid Scalar(uint arc) => Oid.Parse(MonitoredRoot).Append(1, 1, 2, arc, 0);
    }
}
