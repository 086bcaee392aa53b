using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Tests.Support;

/// <summary>
/// One in-process run of <c>provisioner</c> with what <see cref="CliRun"/> keeps fixed made explicit:
/// terminals, the answer on standard input, and interrupts (the first and second Ctrl-C) fired when a
/// given text reaches standard error, e.g. the runner's "Starting DEVICE" debug line.
/// </summary>
internal sealed record CliInvocation
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Standard input; with <see cref="Terminal"/> a person answering a question.</summary>
    public string Input { get; init; } = string.Empty;

    /// <summary>Standard input and output are a terminal.</summary>
    public bool Terminal { get; init; }

    /// <summary>Standard error is a terminal (the progress display is drawn there).</summary>
    public bool ErrorTerminal { get; init; }

    /// <summary>When this text reaches standard error, interrupt once (Ctrl-C); null for never.</summary>
    public string? InterruptWhen { get; init; }

    /// <summary>Interrupt a second time (abandon) together with the first.</summary>
    public bool AlsoAbandon { get; init; }

    public async Task<CliRun.Result> RunAsync(params string[] args)
    {
        using var stop = new CancellationTokenSource();
        using var abandon = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new TriggerWriter(InterruptWhen, () =>
        {
            stop.Cancel();
            if (AlsoAbandon)
            {
                abandon.Cancel();
            }
        });
        using var input = new StringReader(Input);
        var context = new CliContext(output, error, name => Environment.GetValueOrDefault(name), Terminal)
        {
            Input = input,
            IsInputTerminal = Terminal,
            IsErrorTerminal = ErrorTerminal,
            Abandon = abandon.Token,
        };
        var exit = await CliApp.RunAsync(args, context, stop.Token);
        return new CliRun.Result(exit, output.ToString(), error.ToString());
    }

    /// <summary>A string writer that calls an action once, the first time its text contains a trigger (checked on every flush and line).</summary>
    private sealed class TriggerWriter(string? trigger, Action fire) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        private bool fired;

        public override void Flush()
        {
            base.Flush();
            Check();
        }

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            Check();
        }

        private void Check()
        {
            if (!fired && trigger is not null && ToString().Contains(trigger, StringComparison.Ordinal))
            {
                fired = true;
                fire();
            }
        }
    }
}
