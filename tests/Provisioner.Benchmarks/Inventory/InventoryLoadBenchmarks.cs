using BenchmarkDotNet.Attributes;
using Provisioner.Inventory;
using Provisioner.Inventory.Policy;

namespace Provisioner.Benchmarks.Inventory;

/// <summary>Loads and lints a generated inventory (10,000 devices over 40 sites by default).</summary>
[MemoryDiagnoser]
public class InventoryLoadBenchmarks
{
    private string directory = string.Empty;

    /// <summary>How many devices the generated inventory holds.</summary>
    [Params(10_000)]
    public int Devices { get; set; }

    /// <summary>Writes the inventory to a temporary directory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), $"provisioner-bench-{Environment.ProcessId}");
        InventoryGenerator.Write(directory, Devices, 40);
    }

    /// <summary>Deletes the inventory.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    /// <summary>Load, resolve and run every guideline rule.</summary>
    /// <returns>The number of findings (0 for the generated inventory).</returns>
    [Benchmark]
    public async Task<int> LoadAndLint()
    {
        var result = await InventoryLoader.LoadAsync(directory, CancellationToken.None);
        var inventory = result.Inventory ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        return GuidelinePolicy.Evaluate(inventory).Count;
    }
}
