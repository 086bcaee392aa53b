using Provisioner.Lab.State;
using Spectre.Console;

namespace Provisioner.Cli.LabSupport;

/// <summary>Prints a lab's address map as a table, then the certificate fingerprint of each HTTPS device and the SSH devices' host key and login.</summary>
internal static class LabMapPrinter
{
    public static void Print(IAnsiConsole console, LabMap map)
    {
        var table = new Table().AddColumns("Device", "Driver", "Inventory address", "Lab address", "Protocol");
        foreach (var d in map.Devices)
        {
            table.AddRow(Markup.Escape(d.Device), Markup.Escape(d.Driver), Markup.Escape(d.InventoryAddress), Markup.Escape($"{d.Address}:{d.Port}"), d.Protocol);
        }

        console.Write(table);
        var https = map.Devices.Where(d => d.CertificateSha256 is not null).ToList();
        if (https.Count > 0)
        {
            // A fingerprint is 95 characters: one line per device reads better than a table column that wraps.
            console.MarkupLine("HTTPS certificates (self-signed per device; --lab runs pin them, 'provisioner trust --lab' records them):");
            var width = https.Max(d => d.Device.Length);
            foreach (var d in https)
            {
                console.MarkupLine(Markup.Escape($"  {d.Device.PadRight(width)}  sha256 {d.CertificateSha256}"));
            }
        }

        var ssh = map.Devices.Where(d => d.HostKeySha256 is not null).ToList();
        if (ssh.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"SSH devices (OpenSSH sshd, host key {ssh[0].HostKeySha256}; --lab runs log in as '{ssh[0].SshUser}' with {ssh[0].SshPrivateKey}, 'provisioner trust --lab' records the key)."));
        }

        console.MarkupLine(Markup.Escape($"SMTP capture (stands in for the relay): {map.SmtpCapture}"));
    }
}
