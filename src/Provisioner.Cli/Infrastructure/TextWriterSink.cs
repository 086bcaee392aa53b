using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Provisioner.Cli.Infrastructure;

/// <summary>A Serilog sink writing formatted events to a <see cref="TextWriter"/> (standard error, or a test's writer).</summary>
/// <param name="writer">The writer.</param>
/// <param name="formatter">The text formatter.</param>
internal sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock gate = new();

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent)
    {
        lock (gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
