namespace Provisioner.Inventory;

/// <summary>The guideline's device categories; each names which groups its devices notify.</summary>
public enum DeviceCategory
{
    /// <summary>Backup applications (<c>backup</c>).</summary>
    Backup = 0,

    /// <summary>Facility environment sensors (<c>environment</c>).</summary>
    Environment = 1,

    /// <summary>Facility power: UPS, PDU, DC power (<c>power</c>).</summary>
    Power = 2,

    /// <summary>Server systems (<c>systems</c>).</summary>
    Systems = 3,

    /// <summary>Storage infrastructure (<c>storage</c>).</summary>
    Storage = 4,

    /// <summary>Network devices (<c>network</c>).</summary>
    Network = 5,

    /// <summary>Critical alerts requiring broader visibility (<c>critical</c>).</summary>
    Critical = 6,
}
