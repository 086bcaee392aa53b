namespace Provisioner.Mail.Tests;

/// <summary>A runspace with the Exchange cmdlet stand-ins (ExchangeStandIn.ps1) loaded.</summary>
public sealed class ExchangeRunspace() : StandInRunspace(Path.Combine("Exchange", "ExchangeStandIn.ps1"))
{
    public void Reset(IEnumerable<string> mailboxes, IEnumerable<string> existingRanges, bool anonymousRelay = true) =>
        Invoke(ps => ps.AddCommand("Reset-ExchangeStandIn")
            .AddParameter("Mailboxes", mailboxes.ToArray())
            .AddParameter("ExistingRanges", existingRanges.ToArray())
            .AddParameter("AnonymousRelay", anonymousRelay));

    public void AddForeignGroup(string name, params string[] members) =>
        Invoke(ps => ps.AddCommand("Add-StandInForeignGroup").AddParameter("Name", name).AddParameter("Members", members));

    public void AddContact(string address, params string[] emailAddresses) =>
        Invoke(ps => ps.AddCommand("Add-StandInContact").AddParameter("Address", address).AddParameter("EmailAddresses", emailAddresses));

    public IReadOnlyList<string> State() => Invoke(ps => ps.AddCommand("Get-ExchangeStandInState")).Select(o => o.ToString()).ToList();
}
