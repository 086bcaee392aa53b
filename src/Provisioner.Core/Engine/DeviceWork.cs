using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>What the engine has learned about one device so far; becomes a <see cref="DeviceResult"/>.</summary>
internal sealed class DeviceWork(DeviceTarget target, RunMode mode, SecretRedactor redactor, TimeProvider time)
{
    private readonly DiagnosticList diagnostics = [];
    private readonly long started = time.GetTimestamp();
    private readonly DateTimeOffset startedAt = time.GetUtcNow();

    public DeviceTarget Target { get; } = target;

    public RunMode Mode { get; } = mode;

    public IdentifyResponse? Identity { get; set; }

    public IReadOnlyList<SettingComparison> Before { get; set; } = [];

    public IReadOnlyList<SettingChange> Changes { get; set; } = [];

    public IReadOnlyList<SettingComparison> ReadBack { get; set; } = [];

    public List<ManualStep> ManualSteps { get; } = [];

    public TimeSpan? Open { get; set; }

    public TimeSpan? IdentifyTime { get; set; }

    public TimeSpan? Read { get; set; }

    public TimeSpan? Write { get; set; }

    public TimeSpan? Verify { get; set; }

    public string? FailureType { get; set; }

    public void Add(IEnumerable<Diagnostic> items)
    {
        foreach (var d in items)
        {
            Add(d);
        }
    }

    public void Add(Diagnostic diagnostic) => diagnostics.Add(redactor.Redact(diagnostic.Device is null ? diagnostic with { Device = Target.Name } : diagnostic));

    /// <summary>Runs <paramref name="step"/> and records its duration through <paramref name="record"/>.</summary>
    public async ValueTask<T> TimeAsync<T>(Func<ValueTask<T>> step, Action<TimeSpan> record)
    {
        var t0 = time.GetTimestamp();
        try
        {
            return await step();
        }
        finally
        {
            record(time.GetElapsedTime(t0));
        }
    }

    public DeviceResult Finish(DeviceOutcome outcome) => new()
    {
        Target = Target,
        Mode = Mode,
        Outcome = outcome,
        Identity = Identity,
        Before = Before,
        Changes = Changes,
        ReadBack = ReadBack,
        ManualSteps = ManualSteps,
        Diagnostics = [.. diagnostics],
        FailureType = FailureType,
        Timings = new DeviceTimings
        {
            StartedAt = startedAt,
            Open = Open,
            Identify = IdentifyTime,
            Read = Read,
            Write = Write,
            Verify = Verify,
            Total = time.GetElapsedTime(started),
        },
    };
}
