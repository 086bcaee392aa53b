namespace Provisioner.Abstractions;

/// <summary>
/// What a device says about itself, whatever protocol it speaks. Fields it does not expose are null.
/// Transport-specific facts (SNMP sysObjectID and sysDescr, a Redfish service root's product, an SSH
/// banner) go into <see cref="Details"/> under keys the transport names, e.g. <c>snmp.sysObjectID</c>.
/// </summary>
/// <example>Vendor <c>Eaton</c>, model <c>SC200</c>, firmware <c>4.10</c>, details <c>snmp.sysObjectID = 1.3.6.1.4.1.1918.2.13</c>.</example>
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

    /// <summary>
    /// Transport-specific identity facts by key (ordinal), e.g. <c>snmp.sysObjectID</c>, <c>snmp.sysDescr</c>,
    /// <c>redfish.product</c>, <c>ssh.banner</c>. Empty when the transport adds none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = EmptyDetails;

    /// <summary>Notes and warnings, e.g. firmware older than the driver was tested with.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];

    private static IReadOnlyDictionary<string, string> EmptyDetails { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The detail named <paramref name="key"/>, or null.</summary>
    /// <param name="key">A detail key such as <c>snmp.sysObjectID</c>.</param>
    /// <returns>The value or null.</returns>
    public string? Detail(string key) => Details.TryGetValue(key, out var value) ? value : null;
}
