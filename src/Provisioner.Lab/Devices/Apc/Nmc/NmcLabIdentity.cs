namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>What the lab card's login banner shows (layout: addendum §2, a mock of an NMC3 on AOS v1.4.2.1).</summary>
public sealed class NmcLabIdentity
{
    /// <summary>The system name (banner <c>Name :</c>).</summary>
    public string Name { get; set; } = "apc-lab";

    /// <summary>The AOS version, e.g. <c>v2.2.1.1</c> (NMC3) or <c>v6.9.6</c> (NMC2).</summary>
    public string Aos { get; set; } = "v2.2.1.1";

    /// <summary>The application module's name, e.g. <c>Smart-UPS &amp; Matrix-UPS APP</c>.</summary>
    public string Application { get; set; } = "Smart-UPS & Matrix-UPS APP";

    /// <summary>The application module's version.</summary>
    public string AppVersion { get; set; } = "v2.2.1.1";
}
