namespace Provisioner.Cli.Options;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people (default).</summary>
    Table = 0,

    /// <summary>Versioned JSON for scripts.</summary>
    Json = 1,

    /// <summary>Markdown for tickets and change records.</summary>
    Markdown = 2,

    /// <summary>JUnit XML for CI servers (<c>provisioner test</c>).</summary>
    Junit = 3,
}
