using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>The static description of the <c>dell.me</c> driver.</summary>
public static class DellMeDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "dell.me";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = DotHillDescriptors.Create(
        Id,
        "Dell",
        ["ME4012", "ME4024", "ME4084", "ME5012", "ME5024", "ME5084"],
        "PowerVault ME4 GT2xx, ME5 ME5xx (property names as python-me4storage reads them from ME4084 arrays, addendum §1.1; nothing run on an array)",
        // show system: vendor-name DELL EMC / Dell, product-id "ME4024" (Unverified, DotHillAssumptions).
        new IdentityRule { VendorPattern = "^(DELL( EMC)?|Dell( EMC| Inc\\.?)?)$", ModelPattern = "^ME[45]\\d{3}\\b" },
        "Dell PowerVault ME4/ME5 storage arrays");
}
