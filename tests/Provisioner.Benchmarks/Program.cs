using System.Globalization;
using BenchmarkDotNet.Running;
using Provisioner.Benchmarks.Inventory;
using Provisioner.Benchmarks.Quick;

// "inventory-quick N": a one-shot measurement for docs/benchmarks/inventory.md.
// "--quick": the SNMP loopback rate measurements for docs/benchmarks/snmp.md.
// Anything else goes to BenchmarkDotNet (e.g. `--filter '*'`; the SNMP classes use short jobs).
if (args.Length >= 1 && args[0] == "inventory-quick")
{
    return await QuickInventoryMeasure.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
}

// "scale N [sample]": the engine scale benchmark of docs/benchmarks/engine.md (lab of N SNMP devices, plan and apply).
if (args.Length >= 1 && args[0] == "scale")
{
    return await Provisioner.Benchmarks.Scale.ScaleMeasure.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
}

if (args.Contains("--quick"))
{
    await QuickRunner.RunAsync(Console.Out, CancellationToken.None);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRunner).Assembly).Run(args);
return 0;
