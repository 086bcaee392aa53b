using System.Globalization;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The settings of the <c>scale</c> mode, parsed from
/// <c>scale [--devices N] [--latency-ms 20] [--loss 0.01] [--version 2c|3] [--parallel 256,512,1024]
/// [--faulty-parallel 1024] [--timeout-ms 1000] [--retry-delay-ms 200] [--tools-sample 50] [--faulty-tools-sample 20]</c>.
/// </summary>
internal sealed record ScaleOptions
{
    /// <summary>How many simulated SC200s the lab hosts.</summary>
    public int Devices { get; init; } = 10_000;

    /// <summary>Latency added to every answer in the faulty scenario.</summary>
    public int LatencyMs { get; init; } = 20;

    /// <summary>Share of requests the agents drop in the faulty scenario.</summary>
    public double Loss { get; init; } = 0.01;

    /// <summary>SNMP version: <c>2c</c> or <c>3</c> (authPriv SHA-256/AES-128).</summary>
    public string Version { get; init; } = "2c";

    /// <summary>The <c>--parallel</c> values tried in the clean scenario (the sweep).</summary>
    public IReadOnlyList<int> Parallel { get; init; } = [256, 512, 1024];

    /// <summary>The <c>--parallel</c> of the latency-and-loss scenario.</summary>
    public int FaultyParallel { get; init; } = 1024;

    /// <summary>The timeout of one SNMP request (EngineOptions.RequestTimeout).</summary>
    public int TimeoutMs { get; init; } = 1000;

    /// <summary>The first back-off before the runner retries a device that timed out (RunnerOptions.RetryDelay).</summary>
    public int RetryDelayMs { get; init; } = 200;

    /// <summary>How many devices the net-snmp tools loop covers without faults (0 skips it).</summary>
    public int ToolsSample { get; init; } = 50;

    /// <summary>How many devices the net-snmp tools loop covers with latency and loss (0 skips it).</summary>
    public int FaultyToolsSample { get; init; } = 20;

    /// <summary>Parses the arguments after <c>scale</c>.</summary>
    /// <param name="args">E.g. <c>--devices 10000 --version 3</c>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">An unknown option or a value that does not parse.</exception>
    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScaleOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option {name} needs a value.", nameof(args));
            options = name switch
            {
                "--devices" => options with { Devices = Positive(name, value) },
                "--latency-ms" => options with { LatencyMs = Int(name, value) },
                "--loss" => options with { Loss = double.Parse(value, CultureInfo.InvariantCulture) },
                "--version" => value is "2c" or "3" ? options with { Version = value } : throw new ArgumentException("--version takes 2c or 3.", nameof(args)),
                "--parallel" => options with { Parallel = [.. value.Split(',').Select(v => Positive(name, v))] },
                "--faulty-parallel" => options with { FaultyParallel = Positive(name, value) },
                "--timeout-ms" => options with { TimeoutMs = Positive(name, value) },
                "--retry-delay-ms" => options with { RetryDelayMs = Int(name, value) },
                "--tools-sample" => options with { ToolsSample = Int(name, value) },
                "--faulty-tools-sample" => options with { FaultyToolsSample = Int(name, value) },
                _ => throw new ArgumentException($"Unknown option {name}.", nameof(args)),
            };
        }

        return options;
    }

    /// <summary>The options as a command line, for the report.</summary>
    /// <returns>E.g. <c>scale --devices 10000 ...</c>.</returns>
    public string ToCommandLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"scale --devices {Devices} --version {Version} --parallel {string.Join(',', Parallel)} --faulty-parallel {FaultyParallel} --latency-ms {LatencyMs} --loss {Loss} --timeout-ms {TimeoutMs} --retry-delay-ms {RetryDelayMs} --tools-sample {ToolsSample} --faulty-tools-sample {FaultyToolsSample}");

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new ArgumentException($"{name} takes a whole number >= 0, not '{value}'.", nameof(value));

    private static int Positive(string name, string value) =>
        Int(name, value) is > 0 and var n ? n : throw new ArgumentException($"{name} takes a number above 0.", nameof(value));
}
