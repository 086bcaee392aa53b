namespace Provisioner.Inventory;

/// <summary>The organisation: its name, mail domain and the shared mailbox every group must contain.</summary>
/// <param name="Name">The display name, e.g. <c>Contoso</c>.</param>
/// <param name="Domain">The mail domain senders and groups use, e.g. <c>contoso.com</c>.</param>
/// <param name="SharedMailbox">The shared account for central, historical reference, e.g. <c>administrator@contoso.com</c>.</param>
/// <param name="Sources">Where it and each key were written.</param>
public sealed record Organisation(string Name, string Domain, string SharedMailbox, SourceMap Sources);
