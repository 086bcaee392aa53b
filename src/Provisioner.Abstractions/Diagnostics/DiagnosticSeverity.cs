namespace Provisioner.Abstractions;

/// <summary>How serious a <see cref="Diagnostic"/> is. Only <see cref="Error"/> stops the thing it is about.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A note for the report; nothing is wrong.</summary>
    Info = 0,

    /// <summary>Something the user should look at; the run continues.</summary>
    Warning = 1,

    /// <summary>A terminating condition for the file, device or run it is about.</summary>
    Error = 2,
}
