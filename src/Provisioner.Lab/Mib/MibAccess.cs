namespace Provisioner.Lab.Mib;

/// <summary>The MAX-ACCESS of a simulated MIB object.</summary>
public enum MibAccess
{
    /// <summary><c>read-only</c>: a SET answers <c>notWritable</c>.</summary>
    ReadOnly = 0,

    /// <summary><c>read-write</c>.</summary>
    ReadWrite = 1,
}
