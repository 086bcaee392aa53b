namespace Provisioner.Abstractions;

/// <summary>How a device holds its sender address.</summary>
public enum SenderModelKind
{
    /// <summary>One field with the whole address (<c>dcp-ny-01@contoso.com</c>); the inventory's sender is written as is.</summary>
    FullAddress = 0,

    /// <summary>A local part and a domain in two fields (Pure: local part + domain; MSA/ME: sender + domain).</summary>
    LocalPartAndDomain = 1,

    /// <summary>The device builds the sender from its own host name and a configured domain (iLO: <c>&lt;ilo-name&gt;@domain</c>); only the domain is settable.</summary>
    DeviceNameAtDomain = 2,

    /// <summary>The device has no settable sender.</summary>
    None = 3,
}
