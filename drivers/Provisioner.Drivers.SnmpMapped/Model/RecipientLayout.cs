namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>How a mapping file lays out recipient objects.</summary>
public enum RecipientLayout
{
    /// <summary><c>oid:</c> one scalar holds the only recipient.</summary>
    OneAddress = 0,

    /// <summary><c>slots:</c> a list of scalar objects, one per slot.</summary>
    Slots = 1,

    /// <summary><c>column:</c> plus <c>rows:</c>: one column of a table whose rows always exist (no RowStatus).</summary>
    Column = 2,
}
