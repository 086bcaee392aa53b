using System.Diagnostics;
using System.Globalization;
using Provisioner.Inventory;
using Provisioner.Inventory.Policy;
using YamlDotNet.Core;

namespace Provisioner.Benchmarks.Inventory;

/// <summary>
/// A quick, single-process measurement for the docs: generates an inventory, loads and lints it once
/// cold and once warm, and prints wall time and the process's peak working set.
/// Run: <c>dotnet run -c Release --project tests/Provisioner.Benchmarks -- inventory-quick 10000</c>.
/// </summary>
public static class QuickInventoryMeasure
{
    /// <summary>Runs the measurement.</summary>
    /// <param name="devices">How many devices to generate.</param>
    /// <returns>0 on success, 1 when the generated inventory did not load cleanly.</returns>
    public static async Task<int> RunAsync(int devices)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"provisioner-quick-{Environment.ProcessId}");
        try
        {
            InventoryGenerator.Write(directory, devices, 40);
            for (var run = 1; run <= 3; run++)
            {
                var watch = Stopwatch.StartNew();
                var result = await InventoryLoader.LoadAsync(directory, CancellationToken.None);
                if (result.Inventory is not { } inventory)
                {
                    Console.Error.WriteLine(string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
                    return 1;
                }

                var loaded = watch.Elapsed;
                var findings = GuidelinePolicy.Evaluate(inventory);
                watch.Stop();
                var parse = YamlEventsOnly(inventory.Files);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run}: {inventory.Devices.Count} devices, {findings.Count} findings, load+lint {watch.Elapsed.TotalMilliseconds:F0} ms (load {loaded.TotalMilliseconds:F0} ms, of which YamlDotNet events alone take {parse.TotalMilliseconds:F0} ms single-threaded)"));
            }

            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static TimeSpan YamlEventsOnly(IReadOnlyList<string> files)
    {
        var texts = files.Select(File.ReadAllText).ToList();
        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
            }
        }

        return watch.Elapsed;
    }
}
