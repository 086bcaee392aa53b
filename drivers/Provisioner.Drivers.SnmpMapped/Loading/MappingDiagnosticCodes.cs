namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>The stable codes of mapping-file diagnostics.</summary>
public static class MappingDiagnosticCodes
{
    /// <summary>The file is not valid YAML, or a key repeats.</summary>
    public const string Syntax = "mapping.syntax";

    /// <summary>The file cannot be read.</summary>
    public const string Io = "mapping.io";

    /// <summary>A key the format does not know.</summary>
    public const string UnknownKey = "mapping.unknownKey";

    /// <summary>A required value is missing.</summary>
    public const string MissingValue = "mapping.missingValue";

    /// <summary>A value has the wrong shape (a list where text belongs, text where a number belongs).</summary>
    public const string WrongType = "mapping.wrongType";

    /// <summary>A value is not a dotted OID.</summary>
    public const string BadOid = "mapping.badOid";

    /// <summary>A value has the right shape but is not allowed.</summary>
    public const string Invalid = "mapping.invalid";

    /// <summary>
    /// A warning: a setting is named by its old short name (<c>relay</c>, <c>auth_user</c>…) instead of its
    /// canonical key (<c>smtp.relay</c>, <c>smtp.auth.user</c>…). The file is still read; rename the key.
    /// </summary>
    public const string LegacyName = "mapping.legacyName";
}
