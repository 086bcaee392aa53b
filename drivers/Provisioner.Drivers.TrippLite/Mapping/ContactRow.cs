namespace Provisioner.Drivers.TrippLite;

/// <summary>One row of an e-mail contact table as read.</summary>
/// <param name="Index">The row index.</param>
/// <param name="Status">The RowStatus value (1 active, 2 notInService, 3 notReady).</param>
/// <param name="Address">The address column, trimmed; empty when unset.</param>
internal sealed record ContactRow(uint Index, int Status, string Address)
{
    /// <summary>True when the row is active with an address: the device mails it.</summary>
    public bool IsLive => Status == Oids.RowStatus.Active && Address.Length > 0;
}
