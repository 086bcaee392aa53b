using System.Globalization;
using BenchmarkDotNet.Running;
using Provisioner.Benchmarks.Inventory;
using Provisioner.Benchmarks.Quick;

// One-shot measurements for docs/benchmarks.md; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*' --job short`).
if (args.Length >= 1 && args[0] == "inventory-quick")
{
    return await QuickInventoryMeasure.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
}

if (args.Contains("--quick"))
{
    await QuickRunner.RunAsync(Console.Out, CancellationToken.None);
    return 0;
}

// "scale N [sample]": the engine scale benchmark of docs/benchmarks/engine.md (lab of N SNMP devices, plan and apply).
if (args.Length >= 1 && args[0] == "scale")
{
    return await Provisioner.Benchmarks.Scale.ScaleMeasure.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRunner).Assembly).Run(args);
return 0;
