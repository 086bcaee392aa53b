namespace Provisioner.Snmp.Security.Usm;

/// <summary>How a localised privacy key shorter than the cipher key is lengthened.</summary>
internal enum KeyExtension
{
    /// <summary>No extension; the key is truncated.</summary>
    None,

    /// <summary>draft-blumenthal-aes-usm-04: append hashes of the key.</summary>
    Blumenthal,

    /// <summary>draft-reeder-snmpv3-usm-3desede-00: append localised keys derived from the key.</summary>
    Reeder,
}
