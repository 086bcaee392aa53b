using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>PV021: the device's credential set has a section for a transport its driver speaks (an SNMP driver needs an <c>snmp</c> section of a version it supports).</summary>
public sealed class DriverFitsCredentials : IDriverRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV021", "driver-fits-credentials", DiagnosticSeverity.Error, "The device's credentials fit a transport its driver speaks");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (driver is null || driver.Transports.Count == 0 || Fits(device.Credentials, driver.Transports))
        {
            yield break;
        }

        var speaks = string.Join(", ", driver.Transports.Select(Name));
        var summary = device.Credentials is { } set
            ? $"Credential set '{set.Name}' has {Holds(set)}; driver '{driver.Id}' speaks {speaks}"
            : $"The device names no credentials; driver '{driver.Id}' speaks {speaks}";
        yield return Descriptor.Finding(
            summary,
            $"Name a credential set (in the device's or the site's 'credentials:') with {Needs(driver.Transports)}, or correct 'driver:' if the device is not what it names.",
            device.Sources.Of("credentials"),
            device.Name);
    }

    private static bool Fits(CredentialSet? set, IReadOnlyList<DriverTransport> transports) =>
        set is not null && transports.Any(t => t switch
        {
            DriverTransport.SnmpV1 => set.Snmp?.Version == SnmpVersion.V1,
            DriverTransport.SnmpV2c => set.Snmp?.Version == SnmpVersion.V2c,
            DriverTransport.SnmpV3 => set.Snmp?.Version == SnmpVersion.V3,
            DriverTransport.Https => set.Http is not null,
            DriverTransport.Ssh => set.Ssh is not null,
            _ => false,
        });

    private static string Holds(CredentialSet set)
    {
        var sections = new List<string>();
        if (set.Snmp is { } snmp)
        {
            sections.Add($"an snmp section for SNMP{Version(snmp.Version)}");
        }

        if (set.Http is not null)
        {
            sections.Add("an http section");
        }

        if (set.Ssh is not null)
        {
            sections.Add("an ssh section");
        }

        return sections.Count == 0 ? "no section" : string.Join(" and ", sections);
    }

    private static string Needs(IReadOnlyList<DriverTransport> transports)
    {
        var needs = new List<string>();
        var versions = transports.Where(t => t is DriverTransport.SnmpV1 or DriverTransport.SnmpV2c or DriverTransport.SnmpV3).ToList();
        if (versions.Count > 0)
        {
            needs.Add($"an 'snmp' section of version {string.Join(" or ", versions.Select(v => v switch { DriverTransport.SnmpV1 => "\"1\"", DriverTransport.SnmpV2c => "2c", _ => "\"3\"" }))}");
        }

        if (transports.Contains(DriverTransport.Https))
        {
            needs.Add("an 'http' section");
        }

        if (transports.Contains(DriverTransport.Ssh))
        {
            needs.Add("an 'ssh' section");
        }

        return string.Join(" or ", needs);
    }

    private static string Version(SnmpVersion version) => version switch
    {
        SnmpVersion.V1 => "v1",
        SnmpVersion.V2c => "v2c",
        _ => "v3",
    };

    private static string Name(DriverTransport transport) => transport switch
    {
        DriverTransport.SnmpV1 => "SNMPv1",
        DriverTransport.SnmpV2c => "SNMPv2c",
        DriverTransport.SnmpV3 => "SNMPv3",
        DriverTransport.Https => "HTTPS",
        _ => "SSH",
    };
}
