using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Akcp;

/// <summary>
/// The wire vocabulary of AKCP sensorProbe / securityProbe (legacy) and SP+ units, in one place, from
/// SPAGENT-MIB (© 1994-2017 and © 1994-2020 copies, same OIDs) and HHMSAGENT-MIB. Chains:
/// legacy <c>akcp(3854)</c> → <c>sensorProbe(1)</c> → <c>spSensor(2)</c> → <c>sensorProbeDetail(2)</c> →
/// <c>sensorProbeEntry(1)</c> (an OBJECT IDENTIFIER node: its objects are scalars, instance <c>.0</c>);
/// SP+ <c>akcp(3854)</c> → <c>plusSeries(3)</c> → <c>device(2)</c> → <c>config(1)</c>.
/// </summary>
public static class Oids
{
    /// <summary>The AKCP enterprise, <c>1.3.6.1.4.1.3854</c>: SP+ units report it bare as sysObjectID.</summary>
    public const string Enterprise = "1.3.6.1.4.1.3854";

    /// <summary>sysObjectID of legacy sensorProbe/securityProbe units, <c>.3854.1</c> (real walks: akcp_serverprobe8, akcp_securityprobe).</summary>
    public const string LegacyProduct = Enterprise + ".1";

    /// <summary>The legacy <c>sensorProbeEntry</c> node.</summary>
    public const string LegacyEntry = Enterprise + ".1.2.2.1";

    /// <summary>The SP+ <c>config</c> node.</summary>
    public const string PlusConfig = Enterprise + ".3.2.1";

    /// <summary>Legacy scalars under <see cref="LegacyEntry"/> (SPAGENT-MIB names).</summary>
    public static class SensorProbe
    {
        /// <summary><c>sensorProbeSendTraps.0</c>: INTEGER { on(1), off(2) }, read-write.</summary>
        public static Oid SendTraps { get; } = Scalar(24);

        /// <summary><c>sensorProbeTrapDestination.0</c>: IpAddress, read-write.</summary>
        public static Oid TrapDestination { get; } = Scalar(25);

        /// <summary><c>sensorProbeTrapCommunity.0</c>: DisplayString, read-write.</summary>
        public static Oid TrapCommunity { get; } = Scalar(26);

        /// <summary><c>sensorProbeSendMail.0</c>: INTEGER { on(1), off(2) }, read-write: e-mail on or off.</summary>
        public static Oid SendMail { get; } = Scalar(30);

        /// <summary><c>sensorProbeMailRecpt.0</c>: DisplayString, read-write: the one recipient.</summary>
        public static Oid MailRecipient { get; } = Scalar(31);

        /// <summary><c>sensorProbeMailFrom.0</c>: DisplayString, read-write: the sender.</summary>
        public static Oid MailFrom { get; } = Scalar(32);

        /// <summary><c>sensorProbeMailSMTP.0</c>: DisplayString in SPAGENT-MIB (IP as text), IpAddress in HHMSAGENT-MIB.</summary>
        public static Oid MailSmtp { get; } = Scalar(33);

        /// <summary><c>sensorProbeMailJpgInline.0</c>: INTEGER { inline(1), link(2) }.</summary>
        public static Oid MailJpgInline { get; } = Scalar(34);

        /// <summary><c>sensorProbeMailResendInterval.0</c>: INTEGER seconds (walk: 3600).</summary>
        public static Oid MailResendInterval { get; } = Scalar(36);

        /// <summary><c>sensorProbeMailMaxResend.0</c>: INTEGER, 0 = send once.</summary>
        public static Oid MailMaxResend { get; } = Scalar(37);

        /// <summary><c>sensorProbeMailLastStatus.0</c>: DisplayString, read-only (walk: "Success").</summary>
        public static Oid MailLastStatus { get; } = Scalar(39);

        /// <summary><c>sensorProbeTrapMailPollInterval.0</c>: INTEGER 3..15 s (walk: 1).</summary>
        public static Oid TrapMailPollInterval { get; } = Scalar(50);

        /// <summary><c>sensorProbeSendTestMail.0</c>: INTEGER, read-write: triggers a test mail.</summary>
        public static Oid SendTestMail { get; } = Scalar(51);

        /// <summary><c>sensorProbeMailTimeout.0</c>: INTEGER 10..30 s (walk: 15).</summary>
        public static Oid MailTimeout { get; } = Scalar(54);

        /// <summary><c>sensorProbeMailCC.0</c>: DisplayString, read-write: the CC address.</summary>
        public static Oid MailCc { get; } = Scalar(61);

        /// <summary><c>sensorProbeSMTPAuth.0</c>: INTEGER { enable(1), disable(2) }, read-write.</summary>
        public static Oid SmtpAuth { get; } = Scalar(87);

        /// <summary><c>sensorProbeSMTPLogin.0</c>: DisplayString, read-write.</summary>
        public static Oid SmtpLogin { get; } = Scalar(88);

        /// <summary><c>sensorProbeSMTPPassword.0</c>: DisplayString, read-write per MIB; the real walk reads back "".</summary>
        public static Oid SmtpPassword { get; } = Scalar(89);

        /// <summary><c>sensorProbeMailSubject.0</c>: DisplayString, read-write.</summary>
        public static Oid MailSubject { get; } = Scalar(98);

        /// <summary><c>sensorProbeSmtpPort.0</c>: INTEGER in the MIB; the agent answers Gauge32 (walk: 66:25).</summary>
        public static Oid SmtpPort { get; } = Scalar(105);

        /// <summary><c>sensorProbeSeparateEmail.0</c>: INTEGER { notSeparate(0), separate(1) }.</summary>
        public static Oid SeparateEmail { get; } = Scalar(112);

        private static Oid Scalar(uint arc) => Oid.Parse(LegacyEntry).Append(arc, 0);
    }

    /// <summary>SP+ scalars under <see cref="PlusConfig"/> (SPAGENT-MIB <c>plusSeries</c> names).</summary>
    public static class SpPlus
    {
        /// <summary><c>cfgEMailEnable.0</c>: INTEGER { disable(0), enable(1) }, read-write.</summary>
        public static Oid EmailEnable { get; } = Scalar(47);

        /// <summary><c>cfgSMTPServer.0</c>: DisplayString (name or IP), read-write.</summary>
        public static Oid SmtpServer { get; } = Scalar(48);

        /// <summary><c>cfgSMTPPort.0</c>: INTEGER (0..65535), read-write, "Default is 25".</summary>
        public static Oid SmtpPort { get; } = Scalar(49);

        /// <summary><c>cfgSMTPAuth.0</c>: INTEGER { not-required(0), required(1) }, read-write.</summary>
        public static Oid SmtpAuth { get; } = Scalar(50);

        /// <summary><c>cfgSMTPLogin.0</c>: DisplayString, read-write.</summary>
        public static Oid SmtpLogin { get; } = Scalar(51);

        /// <summary><c>cfgSMTPPassword.0</c>: DisplayString, <b>write-only</b>: a GET fails.</summary>
        public static Oid SmtpPassword { get; } = Scalar(52);

        /// <summary><c>cfgEMailResendInterval.0</c>: INTEGER, read-write (no DESCRIPTION).</summary>
        public static Oid EmailResendInterval { get; } = Scalar(55);

        /// <summary><c>cfgEMailMaxResend.0</c>: INTEGER, read-write (no DESCRIPTION).</summary>
        public static Oid EmailMaxResend { get; } = Scalar(56);

        /// <summary><c>cfgSMTPSSL.0</c>: INTEGER { no-encryption(0), ssl-tls(1), starttls(2) }, read-write.</summary>
        public static Oid SmtpSsl { get; } = Scalar(87);

        /// <summary><c>cfgSMTPEMailFrom.0</c>: DisplayString, read-write: the default From.</summary>
        public static Oid EmailFrom { get; } = Scalar(110);

        /// <summary><c>cfgSupportEMail.0</c>: DisplayString, read-write: the support address.</summary>
        public static Oid SupportEmail { get; } = Scalar(111);

        private static Oid Scalar(uint arc) => Oid.Parse(PlusConfig).Append(arc, 0);
    }
}
