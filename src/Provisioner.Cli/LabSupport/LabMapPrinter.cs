using Provisioner.Lab.State;
using Spectre.Console;

namespace Provisioner.Cli.LabSupport;

/// <summary>Prints a lab's address map as a table.</summary>
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
        console.MarkupLine(Markup.Escape($"SMTP capture (stands in for the relay): {map.SmtpCapture}"));
    }
}
