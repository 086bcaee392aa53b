namespace Provisioner.Abstractions;

/// <summary>How a device stores recipients, and how many it holds.</summary>
/// <param name="Kind">The storage shape.</param>
/// <param name="MaxItems">The most recipients it holds: the slot count, 1 for <see cref="RecipientModelKind.SingleAddress"/>, 0 for none, null for an unbounded list.</param>
/// <param name="PerRecipientSeverity">True when each recipient has its own minimum severity (Eaton <c>email-Receiver-Level</c>).</param>
public sealed record RecipientModel(RecipientModelKind Kind, int? MaxItems, bool PerRecipientSeverity)
{
    /// <summary>
    /// True when each recipient's severity is a set of flags (critical, warning, informational: Eaton
    /// Network-M2) rather than one threshold; the engine maps the inventory's minimum severity onto the
    /// flags at and above it. Only meaningful with <see cref="PerRecipientSeverity"/>.
    /// </summary>
    public bool SeverityAsFlags { get; init; }

    /// <summary>No recipients.</summary>
    public static RecipientModel None { get; } = new(RecipientModelKind.None, 0, false);

    /// <summary>One address.</summary>
    public static RecipientModel SingleAddress { get; } = new(RecipientModelKind.SingleAddress, 1, false);

    /// <summary>A fixed number of slots.</summary>
    /// <param name="slots">The slot count, at least 1.</param>
    /// <param name="perRecipientSeverity">True when each slot has its own level.</param>
    /// <returns>The model.</returns>
    public static RecipientModel FixedSlots(int slots, bool perRecipientSeverity = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        return new(RecipientModelKind.FixedSlots, slots, perRecipientSeverity);
    }

    /// <summary>A list, optionally bounded.</summary>
    /// <param name="maxItems">The most entries, or null for unbounded.</param>
    /// <param name="perRecipientSeverity">True when each entry has its own level.</param>
    /// <returns>The model.</returns>
    public static RecipientModel List(int? maxItems = null, bool perRecipientSeverity = false) =>
        new(RecipientModelKind.List, maxItems, perRecipientSeverity);
}
