namespace Provisioner.Drivers.Raritan;

/// <summary>
/// Everything the driver relies on that no public source confirms, kept in one place (README "Unverified").
/// Confirm each on a unit before trusting the driver with it.
/// </summary>
internal static class PxAssumptions
{
    /// <summary>
    /// The argument key the driver writes the recipient under. <b>Unverified</b>: <c>html/eventengine.html</c> lists
    /// <c>Recipient</c> in the parameter list but its worked example sends <c>Recipient1</c>; the driver writes what the
    /// worked example sends.
    /// </summary>
    public const string WriteRecipientKey = "Recipient1";

    /// <summary>
    /// The argument keys the driver reads a recipient from, first match wins. <b>Unverified</b> (see
    /// <see cref="WriteRecipientKey"/>): a unit's <c>listActions</c> answer decides; both spellings are read.
    /// </summary>
    public static IReadOnlyList<string> ReadRecipientKeys { get; } = ["Recipient1", "Recipient"];

    /// <summary>
    /// The name prefix of the actions the driver owns; one action per recipient, named <c>Provisioner mail &lt;address&gt;</c>.
    /// Our convention, not a device fact; actions with other names are never touched.
    /// </summary>
    public const string ActionNamePrefix = "Provisioner mail ";

    /// <summary>
    /// <b>Unverified</b>: <c>listActions</c> answers actions in creation order, so the order of the driver's actions is the
    /// recipients' order. The IDL says nothing about order.
    /// </summary>
    public const bool ListActionsInCreationOrder = true;

    /// <summary>
    /// <b>Unverified</b>: <c>testConfiguration</c> with an empty <c>password</c> uses the stored password, as
    /// <c>setConfiguration</c> does ("empty to leave unchanged"). The driver tests the stored configuration as read,
    /// whose password reads back empty.
    /// </summary>
    public const bool TestUsesStoredPasswordWhenEmpty = true;

    /// <summary>
    /// <b>Unverified</b>: the nameplate's <c>model</c> of PX2, PX3 and PX4 units starts with <c>PX2-</c>, <c>PX3-</c> or
    /// <c>PX4-</c> (Raritan's part numbers, e.g. PX3-5190R); the identity rule matches it.
    /// </summary>
    public const string ModelPattern = "^PX[234]-";
}
