namespace Provisioner.Snmp;

/// <summary>Raised when bytes are not a well-formed SNMP message; the only exception the decoder throws.</summary>
public sealed class SnmpDecodeException : SnmpException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public SnmpDecodeException()
        : base("The SNMP message is malformed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is malformed.</param>
    public SnmpDecodeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is malformed.</param>
    /// <param name="innerException">The cause.</param>
    public SnmpDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception pointing at the offending byte.</summary>
    /// <param name="message">What is malformed.</param>
    /// <param name="offset">The offset in the packet where decoding failed.</param>
    public SnmpDecodeException(string message, int offset)
        : base($"{message} (at byte offset {offset})")
    {
        Offset = offset;
    }

    /// <summary>The byte offset in the packet where decoding failed, or -1 when unknown.</summary>
    public int Offset { get; } = -1;
}
