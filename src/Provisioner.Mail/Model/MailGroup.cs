using Provisioner.Abstractions;

namespace Provisioner.Mail;

/// <summary>One distribution group, e.g. <c>alerts-power@contoso.com</c>.</summary>
public sealed record MailGroup
{
    /// <summary>The group's name and alias: the local part of its address, e.g. <c>alerts-power</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The group's address, e.g. <c>alerts-power@contoso.com</c>.</summary>
    public required string Address { get; init; }

    /// <summary>The internal members (mailboxes or other groups) by address, in inventory order.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>External recipients (SMS or pager gateways) by address; each becomes a mail contact and a member.</summary>
    public IReadOnlyList<string> External { get; init; } = [];

    /// <summary>Whether the group is hidden from address lists; the guideline says it is.</summary>
    public bool Hidden { get; init; } = true;

    /// <summary>
    /// Whether the group carries critical alerts (the guideline's "power and environment alerts"
    /// that must reach external recipients too), e.g. <c>alerts-critical</c>.
    /// </summary>
    public bool Critical { get; init; }

    /// <summary>Where the group was defined; null when not from a file.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Every address the group delivers to: members, then external recipients.</summary>
    public IEnumerable<string> AllRecipients => Members.Concat(External);
}
