using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.TrippLite;

/// <summary>
/// The wire vocabulary of Tripp Lite PowerAlert e-mail contact tables, from TRIPPLITE-12X (LAST-UPDATED
/// 201702281600Z) and TRIPPLITE-PRODUCTS (202105120000Z). Both are RowStatus tables of name + address;
/// only the PowerAlert 15+/20 table has a test column. No SMTP server, sender, enable or severity object exists.
/// </summary>
public static class Oids
{
    /// <summary>The Tripp Lite enterprise, <c>1.3.6.1.4.1.850</c>.</summary>
    public const string Enterprise = "1.3.6.1.4.1.850";

    /// <summary>RowStatus values (RFC 2579).</summary>
    public static class RowStatus
    {
        /// <summary>active(1).</summary>
        public const int Active = 1;

        /// <summary>notInService(2).</summary>
        public const int NotInService = 2;

        /// <summary>notReady(3).</summary>
        public const int NotReady = 3;

        /// <summary>createAndGo(4).</summary>
        public const int CreateAndGo = 4;

        /// <summary>createAndWait(5).</summary>
        public const int CreateAndWait = 5;

        /// <summary>destroy(6).</summary>
        public const int Destroy = 6;
    }

    /// <summary>PowerAlert 12: <c>tripplite(850)</c> → <c>tlPowerAlert(90)</c> → <c>tlPASystem(1)</c> → <c>tlPAContacts(1)</c> → <c>tlPAEmailContacts(1)</c>.</summary>
    public static ContactTable PowerAlert12 { get; } = new(
        Count: Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.1.0"),
        Entry: Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.2.1"),
        HasTestColumn: false);

    /// <summary>PowerAlert 15+/20 (SNMPWEBCARD, LX): <c>tripplite(850)</c> → <c>tlpProducts(1)</c> → <c>tlpSoftware(2)</c> → <c>tlpAgentContacts(3)</c> → <c>tlpAgentEmailContacts(1)</c>.</summary>
    public static ContactTable PowerAlert { get; } = new(
        Count: Oid.Parse("1.3.6.1.4.1.850.1.2.3.1.1.0"),
        Entry: Oid.Parse("1.3.6.1.4.1.850.1.2.3.1.2.1"),
        HasTestColumn: true);
}
