using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>The static description of the <c>hpe.msa</c> driver.</summary>
public static class HpeMsaDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "hpe.msa";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = DotHillDescriptors.Create(
        Id,
        "HPE",
        ["MSA 1050", "MSA 2050", "MSA 2052", "MSA 1060", "MSA 2060", "MSA 2062"],
        "MSA 1050/2050 VL2xx/VE2xx, MSA 1060/2060/2062 IN1xx (email-parameters property names from an MSA 2060, addendum §1.1; nothing run on an array)",
        // show system: vendor-name HPE / Hewlett Packard Enterprise, product-id "MSA 2060 SAN" (Unverified, DotHillAssumptions).
        new IdentityRule { VendorPattern = "^(HPE?|Hewlett Packard Enterprise)$", ModelPattern = "^MSA ?(1050|2050|2052|1060|2060|2062)\\b" },
        "HPE MSA 1050/2050/1060/2060 storage arrays");
}
