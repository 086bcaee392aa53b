using System.Text.Json.Serialization;

namespace Provisioner.Lab.State;

/// <summary>One simulated device in a <see cref="LabMap"/>: which inventory device it stands in for and where it listens.</summary>
/// <param name="Device">The inventory device name, e.g. <c>DCP-DEMO-01</c>.</param>
/// <param name="Driver">The driver id, e.g. <c>eaton.sc200</c>.</param>
/// <param name="InventoryAddress">The device's real management address from the inventory (never contacted by the lab).</param>
/// <param name="Protocol">The protocol the simulated device speaks, e.g. <c>snmp</c>.</param>
/// <param name="Address">The loopback address the simulated device listens on.</param>
/// <param name="Port">The port the simulated device listens on.</param>
/// <remarks>An HTTPS device also records <see cref="CertificateSha256"/>, the fingerprint of the self-signed certificate it presents.</remarks>
public sealed record LabMapEntry(
    [property: JsonPropertyName("device")] string Device,
    [property: JsonPropertyName("driver")] string Driver,
    [property: JsonPropertyName("inventory_address")] string InventoryAddress,
    [property: JsonPropertyName("protocol")] string Protocol,
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("port")] int Port)
{
    /// <summary>For an HTTPS device, the SHA-256 fingerprint of the certificate it presents (colon-separated hex); null otherwise.</summary>
    [JsonPropertyName("certificate_sha256")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CertificateSha256 { get; init; }
}
