namespace Provisioner.Abstractions;

/// <summary>What a device says it is. Fields it does not expose are null.</summary>
/// <example>Vendor <c>Eaton</c>, model <c>SC200</c>, firmware <c>4.10</c>, sysObjectID <c>1.3.6.1.4.1.1918.2.13</c>.</example>
public sealed record IdentifyResponse
{
    /// <summary>The vendor name as the device reports it.</summary>
    public string? Vendor { get; init; }

    /// <summary>The model, e.g. <c>SC200</c>.</summary>
    public string? Model { get; init; }

    /// <summary>The firmware version text.</summary>
    public string? Firmware { get; init; }

    /// <summary>The serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>SNMP sysObjectID (dotted, no leading dot); null for other transports.</summary>
    public string? SysObjectId { get; init; }

    /// <summary>SNMP sysDescr; null for other transports.</summary>
    public string? SysDescr { get; init; }

    /// <summary>Notes and warnings, e.g. firmware older than the driver was tested with.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
