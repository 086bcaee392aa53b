using BenchmarkDotNet.Running;
using Provisioner.Benchmarks.Quick;

// `--quick` runs the loopback rate measurements; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*' --job short`).
if (args.Contains("--quick"))
{
    await QuickRunner.RunAsync(Console.Out, CancellationToken.None);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRunner).Assembly).Run(args);
return 0;
