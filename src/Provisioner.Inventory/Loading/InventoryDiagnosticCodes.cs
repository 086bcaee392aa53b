namespace Provisioner.Inventory;

/// <summary>The stable codes of the diagnostics the inventory loader reports (guideline rules use <c>PV…</c> ids instead).</summary>
public static class InventoryDiagnosticCodes
{
    /// <summary>The path given does not exist, or a directory holds no <c>*.yaml</c> file.</summary>
    public const string NotFound = "inventory.notFound";

    /// <summary>A file could not be read.</summary>
    public const string Unreadable = "inventory.unreadable";

    /// <summary>A file is not valid UTF-8 (e.g. saved as Latin-1); the location is the first invalid byte.</summary>
    public const string NotUtf8 = "inventory.notUtf8";

    /// <summary>The YAML is malformed.</summary>
    public const string Syntax = "inventory.syntax";

    /// <summary>A file holds no document.</summary>
    public const string EmptyFile = "inventory.emptyFile";

    /// <summary>A key the format does not know; the detail suggests the nearest known key.</summary>
    public const string UnknownKey = "inventory.unknownKey";

    /// <summary>A value has the wrong shape or type (a list where text belongs, text where a number belongs).</summary>
    public const string WrongType = "inventory.wrongType";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "inventory.duplicateKey";

    /// <summary>A required value is missing or empty.</summary>
    public const string MissingValue = "inventory.missingValue";

    /// <summary>A value has the right type but is not allowed (port 0, an unknown severity, a malformed CIDR).</summary>
    public const string InvalidValue = "inventory.invalidValue";

    /// <summary>The same site, group, category, credential set or top-level section defined in two places.</summary>
    public const string DuplicateDefinition = "inventory.duplicateDefinition";

    /// <summary>Two devices share a name.</summary>
    public const string DuplicateDeviceName = "inventory.duplicateDeviceName";

    /// <summary>Two devices share a management address.</summary>
    public const string DuplicateDeviceAddress = "inventory.duplicateDeviceAddress";

    /// <summary>A reference to a group, site or credential set that is not defined.</summary>
    public const string UndefinedReference = "inventory.undefinedReference";

    /// <summary>A secret written inline instead of as an <c>env:</c> or <c>file:</c> reference.</summary>
    public const string InlineSecret = "inventory.inlineSecret";
}
