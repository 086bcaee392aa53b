namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Every version and USM combination that Debian's net-snmp 5.9.3 supports (built with
/// <c>--enable-blumenthal-aes</c>, so AES-192/256 and the Cisco-style AES-192-C/256-C exist).
/// </summary>
internal static class InteropMatrix
{
    /// <summary>The read-only community configured on snmpd and on our agent.</summary>
    public const string ReadOnlyCommunity = "interop-ro";

    /// <summary>The read-write community configured on snmpd and on our agent.</summary>
    public const string ReadWriteCommunity = "interop-rw";

    /// <summary>net-snmp's authentication protocol names, weakest first.</summary>
    public static IReadOnlyList<string> AuthProtocols { get; } = ["MD5", "SHA", "SHA-224", "SHA-256", "SHA-384", "SHA-512"];

    /// <summary>net-snmp's privacy protocol names; null means authNoPriv.</summary>
    public static IReadOnlyList<string?> PrivProtocols { get; } = [null, "DES", "AES", "AES-192", "AES-256", "AES-192-C", "AES-256-C"];

    /// <summary>SNMPv1 and SNMPv2c with the read-write community.</summary>
    public static IReadOnlyList<InteropCase> CommunityCases { get; } =
    [
        new("1", ReadWriteCommunity, null, null, null),
        new("2c", ReadWriteCommunity, null, null, null),
    ];

    /// <summary>One noAuthNoPriv user, then every authentication protocol with every privacy choice.</summary>
    public static IReadOnlyList<InteropCase> UsmCases { get; } = BuildUsmCases();

    /// <summary>All rows: community versions first, then USM.</summary>
    public static IReadOnlyList<InteropCase> All { get; } = [.. CommunityCases, .. UsmCases];

    private static List<InteropCase> BuildUsmCases()
    {
        var cases = new List<InteropCase> { new("3", null, "noauth", null, null) };
        foreach (var auth in AuthProtocols)
        {
            foreach (var priv in PrivProtocols)
            {
                var user = (auth + "-" + (priv ?? "nopriv")).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
                cases.Add(new InteropCase("3", null, user, auth, priv));
            }
        }

        return cases;
    }
}
