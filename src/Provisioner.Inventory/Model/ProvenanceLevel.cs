namespace Provisioner.Inventory;

/// <summary>Which level of the inventory a resolved value came from.</summary>
public enum ProvenanceLevel
{
    /// <summary>Built into Provisioner (e.g. port 25 when the relay names none).</summary>
    BuiltIn = 0,

    /// <summary>The organisation: <c>relay</c> or <c>defaults</c>.</summary>
    Organisation = 1,

    /// <summary>The device's site: the site's <c>defaults</c>.</summary>
    Site = 2,

    /// <summary>The device itself: its <c>overrides</c>.</summary>
    Device = 3,

    /// <summary>Derived by the guideline from other values (sender from the device name, recipients from the category).</summary>
    Derived = 4,
}
