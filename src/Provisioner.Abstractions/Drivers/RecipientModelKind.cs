namespace Provisioner.Abstractions;

/// <summary>How a device stores alert recipients.</summary>
public enum RecipientModelKind
{
    /// <summary>The device has no recipient setting the driver manages.</summary>
    None = 0,

    /// <summary>A fixed number of numbered slots (e.g. Eaton SC200: 4); unused slots are empty.</summary>
    FixedSlots = 1,

    /// <summary>A list or object set that grows and shrinks.</summary>
    List = 2,

    /// <summary>Exactly one recipient address.</summary>
    SingleAddress = 3,
}
