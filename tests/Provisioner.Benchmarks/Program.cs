using System.Globalization;
using BenchmarkDotNet.Running;
using Provisioner.Benchmarks.Https;
using Provisioner.Benchmarks.Inventory;
using Provisioner.Benchmarks.Quick;
using Provisioner.Benchmarks.Scale;
using Provisioner.Benchmarks.Ssh;

// "inventory-quick N": a one-shot measurement for docs/benchmarks/inventory.md.
// "--quick": the SNMP loopback rate measurements for docs/benchmarks/snmp.md.
// Anything else goes to BenchmarkDotNet (e.g. `--filter '*'`; the SNMP classes use short jobs).
if (args.Length >= 1 && args[0] == "inventory-quick")
{
    return await QuickInventoryMeasure.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
}

if (args.Length >= 1 && args[0] == "scale")
{
    return await ScaleBenchmark.RunAsync(ScaleOptions.Parse(args[1..]), Console.Out, CancellationToken.None);
}

if (args.Length == 3 && args[0] == "scale-lab")
{
    // The lab process the scale mode starts for itself.
    return await ScaleLabServer.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
}

// "scale-inprocess N [sample]": the first version of the scale benchmark, lab and engine in one process.
if (args.Length >= 1 && args[0] == "scale-inprocess")
{
    return await ScaleMeasure.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
}

// "https-scale N [curlSample] [parallel]": issue 16's benchmark, N lab Redfish BMCs, plan/apply vs a curl loop.
if (args.Length >= 1 && args[0] == "https-scale")
{
    return await RedfishScaleMeasure.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 64);
}

// "ssh-scale N [sshSample] [parallel]": issue 11's benchmark, N lab APC cards behind sshd, plan/apply vs an ssh loop.
if (args.Length >= 1 && args[0] == "ssh-scale")
{
    return await SshScaleMeasure.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32);
}

if (args.Contains("--quick"))
{
    await QuickRunner.RunAsync(Console.Out, CancellationToken.None);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRunner).Assembly).Run(args);
return 0;
