using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Provisioner.Core;

/// <summary>
/// A Serilog sink wrapper that removes every registered secret from the message template, the
/// property values and the exception before the event reaches the inner sink. The CLI wraps its
/// console and file sinks with it, so even a careless log call cannot print a secret.
/// </summary>
/// <param name="inner">The real sink.</param>
/// <param name="redactor">The run's redactor.</param>
public sealed class RedactingSink(ILogEventSink inner, SecretRedactor redactor) : ILogEventSink
{
    private static readonly MessageTemplateParser Parser = new();

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var template = redactor.Redact(logEvent.MessageTemplate.Text) is { } text && text != logEvent.MessageTemplate.Text
            ? Parser.Parse(text)
            : logEvent.MessageTemplate;
        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, Redact(p.Value)));
        var exception = logEvent.Exception is null ? null : RedactedException.From(logEvent.Exception, redactor);
        inner.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default));
    }

    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => new ScalarValue(redactor.Redact(s)),
        ScalarValue { Value: { } other } when other is not ValueType => new ScalarValue(redactor.Redact(other.ToString())),
        SequenceValue seq => new SequenceValue(seq.Elements.Select(Redact)),
        StructureValue st => new StructureValue(st.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), st.TypeTag),
        DictionaryValue d => new DictionaryValue(d.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Redact(e.Key), Redact(e.Value)))),
        _ => value,
    };
}
