using Serilog.Core;
using Serilog.Events;

namespace Provisioner.Core.Tests.Redaction;

/// <summary>Keeps every log event and renders all of it (message, properties, exception) as text.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly List<LogEvent> events = [];

    public int Count
    {
        get
        {
            lock (events)
            {
                return events.Count;
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (events)
        {
            events.Add(logEvent);
        }
    }

    public string RenderAll()
    {
        lock (events)
        {
            return string.Join('\n', events.Select(e =>
                $"{e.Level} {e.RenderMessage()} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));
        }
    }
}
