using System.Text.Json;
using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// Builds the identity of an iLO from its own data: the service root (<c>Vendor</c>, <c>Product</c>,
/// <c>RedfishVersion</c>, <c>Oem.Hpe.Manager[0]</c>) and <c>Managers/1</c> (<c>Model</c> "iLO 5",
/// <c>FirmwareVersion</c> "iLO 5 v2.55"), as in the iLO 5 v2.55 capture.
/// </summary>
internal static partial class IloIdentity
{
    /// <summary>The detail key listing the service root's <c>Oem</c> members, e.g. <c>Hpe</c>.</summary>
    public const string OemDetail = "redfish.oem";

    /// <summary>The detail key of the service root's <c>Product</c>, e.g. <c>ProLiant DL360 Gen10 Plus</c>.</summary>
    public const string ProductDetail = "redfish.product";

    /// <summary>The detail key of the service root's <c>RedfishVersion</c>.</summary>
    public const string RedfishVersionDetail = "redfish.version";

    /// <summary>The detail key of <c>Managers/1</c> <c>FirmwareVersion</c> as the iLO writes it, e.g. <c>iLO 5 v2.55</c>.</summary>
    public const string FirmwareTextDetail = "hpe.ilo.firmwareVersion";

    /// <summary>Reads the identity.</summary>
    /// <param name="root">The service root.</param>
    /// <param name="manager">The manager resource.</param>
    /// <returns>The identity.</returns>
    public static IdentifyResponse From(JsonElement root, JsonElement manager)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        var oem = root.TryGetProperty("Oem", out var o) && o.ValueKind == JsonValueKind.Object ? o : (JsonElement?)null;
        if (oem is { } members)
        {
            details[OemDetail] = string.Join(",", members.EnumerateObject().Select(p => p.Name));
        }

        Put(details, ProductDetail, Text(root, "Product"));
        Put(details, RedfishVersionDetail, Text(root, "RedfishVersion"));
        var firmwareText = Text(manager, "FirmwareVersion");
        Put(details, FirmwareTextDetail, firmwareText);
        var hpe = oem is { } x && x.TryGetProperty("Hpe", out var h) && h.ValueKind == JsonValueKind.Object ? h : (JsonElement?)null;
        var first = hpe is { } y && y.TryGetProperty("Manager", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0] : (JsonElement?)null;
        return new IdentifyResponse
        {
            Vendor = Text(root, "Vendor") ?? (hpe is not null ? IloAssumptions.VendorWhenOnlyOemHpe : null),
            Model = Text(manager, "Model") ?? (first is { } m ? Text(m, "ManagerType") : null),
            Firmware = (first is { } f ? Text(f, "ManagerFirmwareVersion") : null) ?? Version(firmwareText),
            Details = details,
        };
    }

    private static string? Version(string? firmwareText) =>
        firmwareText is not null && VersionPattern().Match(firmwareText) is { Success: true } match ? match.Groups["v"].Value : firmwareText;

    private static void Put(Dictionary<string, string> details, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            details[key] = value;
        }
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"\bv(?<v>\d+(\.\d+)+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionPattern();
}
