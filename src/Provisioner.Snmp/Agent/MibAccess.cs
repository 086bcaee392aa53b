namespace Provisioner.Snmp.Agent;

/// <summary>The MAX-ACCESS of an object in a <see cref="MibStore"/>.</summary>
public enum MibAccess
{
    /// <summary>Not readable or writable by protocol operations (Get answers noSuchObject, Set noAccess).</summary>
    NotAccessible,

    /// <summary>Readable only (Set answers notWritable).</summary>
    ReadOnly,

    /// <summary>Readable and writable.</summary>
    ReadWrite,

    /// <summary>Readable, writable, and instances may be created by Set (columns).</summary>
    ReadCreate,

    /// <summary>
    /// Writable but never shown, like a password: Get answers noSuchObject, GetNext skips it,
    /// unless <see cref="MibObjectOptions.WriteOnlyReadValue"/> gives a placeholder (many devices answer an empty string).
    /// </summary>
    WriteOnly,
}
