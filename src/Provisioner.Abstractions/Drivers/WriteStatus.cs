namespace Provisioner.Abstractions;

/// <summary>What happened to one requested change.</summary>
public enum WriteStatus
{
    /// <summary>The device accepted the value (the engine still verifies by reading back).</summary>
    Applied = 0,

    /// <summary>The device refused the value (SNMP wrongValue/notWritable, HTTP 400, a CLI error); an error diagnostic with the path explains it.</summary>
    Rejected = 1,

    /// <summary>The device lacks the setting; a warning diagnostic explains it.</summary>
    NotSupported = 2,

    /// <summary>Not attempted because an earlier change in the same request was rejected.</summary>
    NotAttempted = 3,
}
