using System.CommandLine;
using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Spectre.Console;

namespace Provisioner.Cli.Infrastructure;

/// <summary>
/// Everything one command invocation uses: the Spectre console for results, the error writer, and the
/// Serilog logger configured from <c>--verbose</c> and <c>--log-file</c>. Dispose it to flush the log file.
/// </summary>
internal sealed class CommandSession : IAsyncDisposable
{
    private readonly Logger logger;

    private CommandSession(CliContext context, IAnsiConsole console, Logger logger, bool color)
    {
        Context = context;
        Console = console;
        this.logger = logger;
        Color = color;
    }

    /// <summary>The context (writers, environment).</summary>
    public CliContext Context { get; }

    /// <summary>The console results are rendered to.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The log.</summary>
    public ILogger Log => logger;

    /// <summary>Whether colour is on.</summary>
    public bool Color { get; }

    /// <summary>The raw output writer, for JSON and Markdown.</summary>
    public TextWriter Out => Context.Out;

    /// <summary>The error writer, for diagnostics.</summary>
    public TextWriter Error => Context.Error;

    /// <summary>Starts a session from the global options of <paramref name="parseResult"/>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="options">The global options.</param>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The session.</returns>
    public static CommandSession Begin(CliContext context, GlobalOptions options, ParseResult parseResult)
    {
        var verbose = options.IsVerbose(parseResult);
        var logFile = parseResult.GetValue(options.LogFile);
        var color = !parseResult.GetValue(options.NoColor) && string.IsNullOrEmpty(context.Environment("NO_COLOR"));
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .WriteTo.Sink(
                new TextWriterSink(context.Error, new MessageTemplateTextFormatter("[{Level:u3}] {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture)),
                verbose ? LogEventLevel.Debug : LogEventLevel.Warning);
        if (logFile is not null)
        {
            configuration = configuration.WriteTo.File(new CompactJsonFormatter(), logFile.FullName, LogEventLevel.Debug);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = color && context.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color && context.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = context.IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!context.IsTerminal)
        {
            console.Profile.Width = 200;
        }

        return new CommandSession(context, console, configuration.CreateLogger(), color);
    }

    /// <summary>
    /// A console on standard error for the live progress display, or null when standard error is not a
    /// terminal. It moves the cursor (that is what a live display is) but has no colour when colour is off.
    /// </summary>
    /// <returns>The console, or null.</returns>
    public IAnsiConsole? ProgressConsole()
    {
        if (!Context.IsErrorTerminal)
        {
            return null;
        }

        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Context.Error),
            Ansi = AnsiSupport.Yes,
            ColorSystem = Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => logger.DisposeAsync();
}
