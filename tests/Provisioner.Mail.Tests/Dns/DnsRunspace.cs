namespace Provisioner.Mail.Tests;

/// <summary>A runspace with the Windows DNS cmdlet stand-ins (DnsStandIn.ps1) loaded.</summary>
public sealed class DnsRunspace() : StandInRunspace(Path.Combine("Dns", "DnsStandIn.ps1"))
{
    public void Reset(params (string Name, string Type, string Data)[] records) =>
        Invoke(ps =>
        {
            ps.AddScript("Reset-DnsStandIn -ZoneName 'contoso.com'");
            foreach (var (name, type, data) in records)
            {
                ps.AddStatement().AddCommand("Add-DnsStandInRecord").AddArgument(name).AddArgument(type).AddArgument(data);
            }
        });

    public IReadOnlyList<string> State() => Invoke(ps => ps.AddCommand("Get-DnsStandInState")).Select(o => o.ToString()).ToList();
}
