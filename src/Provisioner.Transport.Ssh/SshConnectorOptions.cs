namespace Provisioner.Transport.Ssh;

/// <summary>How an <see cref="SshConnector"/> reaches devices beyond what each open request says.</summary>
public sealed record SshConnectorOptions
{
    /// <summary>The default options: port 22, a keep-alive every 15 seconds.</summary>
    public static SshConnectorOptions Default { get; } = new();

    /// <summary>The port when the open request names none; 22 by default.</summary>
    public int DefaultPort { get; init; } = 22;

    /// <summary>
    /// How often an idle connection sends an SSH keep-alive, so a firewall or the device does not drop
    /// the one connection a device's read → write → verify uses; 15 seconds by default, null for none.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The terminal columns a prompt shell asks for; wide, so devices wrap as little as possible. 200 by default.</summary>
    public int TerminalColumns { get; init; } = 200;

    /// <summary>The terminal rows a prompt shell asks for; devices that page by the window height use it. 48 by default.</summary>
    public int TerminalRows { get; init; } = 48;

    /// <summary>Receives every command of every connection, secrets masked, e.g. for the debug log; null for none.</summary>
    public Action<SshTranscriptEntry>? TranscriptSink { get; init; }
}
