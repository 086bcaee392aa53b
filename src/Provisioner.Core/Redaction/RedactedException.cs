namespace Provisioner.Core;

/// <summary>
/// Stands in for an exception on its way to a log sink: same type name, message and stack trace text,
/// with every registered secret removed. Created by <see cref="RedactingSink"/>.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string? stackTrace;

    /// <summary>Creates an empty stand-in.</summary>
    public RedactedException()
    {
    }

    /// <summary>Creates a stand-in with a message.</summary>
    /// <param name="message">The redacted message.</param>
    public RedactedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a stand-in with a message and a redacted inner exception.</summary>
    /// <param name="message">The redacted message.</param>
    /// <param name="innerException">The redacted inner exception.</param>
    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the stand-in for <paramref name="original"/>.</summary>
    /// <param name="original">The exception to redact.</param>
    /// <param name="redactor">The run's redactor.</param>
    /// <returns>The stand-in, with redacted inner exceptions.</returns>
    public static RedactedException From(Exception original, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(redactor);
        var message = $"{original.GetType().FullName}: {redactor.Redact(original.Message)}";
        var stack = redactor.Redact(original.StackTrace);
        return original.InnerException is { } inner
            ? new RedactedException(message, From(inner, redactor), stack)
            : new RedactedException(message, stack);
    }

    private RedactedException(string message, string? stackTrace)
        : base(message) => this.stackTrace = stackTrace;

    private RedactedException(string message, Exception inner, string? stackTrace)
        : base(message, inner) => this.stackTrace = stackTrace;

    /// <inheritdoc/>
    public override string? StackTrace => stackTrace;
}
