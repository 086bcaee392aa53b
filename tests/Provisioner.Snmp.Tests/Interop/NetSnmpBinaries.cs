namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Finds the net-snmp programs the interoperability tests run. A missing program fails the test
/// with a message that says which Debian package to install; it never skips.
/// </summary>
internal static class NetSnmpBinaries
{
    private static readonly string[] ExtraDirectories = ["/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/local/bin", "/usr/bin"];

    /// <summary>The agent daemon, from the Debian package <c>snmpd</c>.</summary>
    public static string Snmpd => Find("snmpd", "snmpd");

    /// <summary>Returns the full path of a tool from the Debian package <c>snmp</c> (snmpget, snmpset...).</summary>
    /// <param name="tool">The program name, e.g. <c>snmpget</c>.</param>
    /// <returns>The full path.</returns>
    public static string Tool(string tool) => Find(tool, "snmp");

    private static string Find(string program, string package)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var directories = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(ExtraDirectories);
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The net-snmp program '{program}' was not found on PATH or in /usr/sbin. The SNMP interoperability " +
            $"tests need it: install it with `sudo apt-get install {package}` (CI installs snmpd and snmp).");
    }
}
