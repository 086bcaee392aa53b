using System.Diagnostics;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// The environment every net-snmp process of a test runs in: no MIB loading, no user or system
/// snmp.conf, and a private persistent directory, so tests never touch /var/lib/snmp or ~/.snmp.
/// </summary>
/// <param name="PersistentDirectory">The test's private persistent directory.</param>
internal sealed record NetSnmpEnvironment(string PersistentDirectory)
{
    /// <summary>Applies the environment to a process start description.</summary>
    /// <param name="startInfo">The process to start.</param>
    public void ApplyTo(ProcessStartInfo startInfo)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        startInfo.Environment["MIBS"] = string.Empty;
        startInfo.Environment["MIBDIRS"] = PersistentDirectory;
        startInfo.Environment["SNMPCONFPATH"] = PersistentDirectory;
        startInfo.Environment["SNMP_PERSISTENT_DIR"] = PersistentDirectory;
        startInfo.Environment["HOME"] = PersistentDirectory;
    }
}
