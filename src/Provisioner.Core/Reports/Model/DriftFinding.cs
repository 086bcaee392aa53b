namespace Provisioner.Core.Reports;

/// <summary>
/// One thing a person acts on, aggregated across devices, e.g. "12 devices still send to
/// alerts-power@contoso.com, the inventory now says alerts-newyork-power@contoso.com".
/// </summary>
/// <param name="Kind">
/// <c>recipient-replaced</c>, <c>recipient-extra</c>, <c>recipient-missing</c>, <c>recipient-order</c>,
/// <c>value-differs</c>, <c>unverifiable</c>, <c>not-supported</c> or <c>unchecked</c>.
/// </param>
/// <param name="Setting">The setting concerned, or null (for <c>unchecked</c>).</param>
/// <param name="Message">The sentence, with the count.</param>
/// <param name="Devices">The device names, in inventory order.</param>
public sealed record DriftFinding(string Kind, string? Setting, string Message, IReadOnlyList<string> Devices)
{
    /// <summary>How many devices the finding covers.</summary>
    public int Count => Devices.Count;
}
