namespace Provisioner.Lab.Devices.DotHill;

/// <summary>What the lab array's banner, <c>show system</c> and <c>show versions</c> show.</summary>
public sealed class DotHillLabIdentity
{
    /// <summary>An HPE MSA 2060 (the array of the addendum's sample output).</summary>
    /// <returns>The identity.</returns>
    public static DotHillLabIdentity Msa2060() => new();

    /// <summary>A Dell PowerVault ME4024 (set <see cref="Legacy"/> for firmware without port, security protocol and sender password).</summary>
    /// <returns>The identity.</returns>
    public static DotHillLabIdentity Me4024() => new() { Vendor = "DELL EMC", Product = "ME4024", Brand = "PowerVault ME4", Bundle = "GT280R008-01", Name = "me4-lab", Serial = "00C0FF000000" };

    /// <summary><c>system-name</c>.</summary>
    public string Name { get; set; } = "msa-lab";

    /// <summary><c>vendor-name</c>, e.g. <c>HPE</c> or <c>DELL EMC</c>.</summary>
    public string Vendor { get; set; } = "HPE";

    /// <summary><c>product-id</c>, e.g. <c>MSA 2060 SAN</c> or <c>ME4024</c>.</summary>
    public string Product { get; set; } = "MSA 2060 SAN";

    /// <summary><c>product-brand</c>, e.g. <c>MSA Storage</c>.</summary>
    public string Brand { get; set; } = "MSA Storage";

    /// <summary><c>bundle-version</c>, e.g. <c>IN100P001</c>.</summary>
    public string Bundle { get; set; } = "IN100P001";

    /// <summary><c>midplane-serial-number</c>.</summary>
    public string Serial { get; set; } = "ACME0000001";

    /// <summary>Older firmware: <c>show email-parameters</c> has no port, security protocol, sender password or alert/event split, and <c>set</c> refuses those keywords.</summary>
    public bool Legacy { get; set; }
}
