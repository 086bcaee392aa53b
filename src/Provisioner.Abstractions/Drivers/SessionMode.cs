namespace Provisioner.Abstractions;

/// <summary>What a session may do. The engine opens <see cref="ReadOnly"/> sessions for plan and diff.</summary>
public enum SessionMode
{
    /// <summary>Identify and read only. <see cref="IDriverSession.WriteAsync"/>, commit and restore throw <see cref="ReadOnlySessionException"/> without touching the device.</summary>
    ReadOnly = 0,

    /// <summary>Reads and writes (apply).</summary>
    ReadWrite = 1,
}
