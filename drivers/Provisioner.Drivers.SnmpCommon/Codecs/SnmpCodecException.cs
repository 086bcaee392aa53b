namespace Provisioner.Drivers.SnmpCommon;

/// <summary>A value that cannot cross between canonical and wire form; the message says why.</summary>
public sealed class SnmpCodecException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnmpCodecException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Why the value cannot be converted.</param>
    public SnmpCodecException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">Why the value cannot be converted.</param>
    /// <param name="innerException">The cause.</param>
    public SnmpCodecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A diagnostic code more specific than <c>snmp.valueNotStorable</c> for the refusal, e.g. <c>eaton.relayNotIpv4</c>; null for the standard one.</summary>
    public string? Code { get; init; }
}
