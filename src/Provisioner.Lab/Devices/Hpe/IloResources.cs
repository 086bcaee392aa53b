using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Hpe;

/// <summary>
/// The resources of a simulated iLO 5 2.55, trimmed from the akaliwod/iserver capture
/// (<c>doc/redfish-tests-hpe-vserver/Resource.md</c> and <c>UriManagers.md</c> @ bf55df8).
/// </summary>
public static class IloResources
{
    /// <summary>The iLO generation.</summary>
    public const string Model = "iLO 5";

    /// <summary>The firmware version.</summary>
    public const string Firmware = "2.55";

    /// <summary>The service root with <c>Vendor</c>, <c>Product</c> and <c>Oem.Hpe.Manager</c>.</summary>
    /// <param name="hostName">The iLO's name.</param>
    /// <returns>The resource.</returns>
    public static JsonObject ServiceRoot(string hostName) => new()
    {
        ["@odata.id"] = "/redfish/v1",
        ["@odata.type"] = "#ServiceRoot.v1_5_1.ServiceRoot",
        ["Id"] = "RootService",
        ["Name"] = "HPE RESTful Root Service",
        ["Product"] = "ProLiant DL360 Gen10 Plus",
        ["RedfishVersion"] = "1.6.0",
        ["Vendor"] = "HPE",
        ["Managers"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Managers" },
        ["SessionService"] = new JsonObject { ["@odata.id"] = "/redfish/v1/SessionService" },
        ["Links"] = new JsonObject { ["Sessions"] = new JsonObject { ["@odata.id"] = "/redfish/v1/SessionService/Sessions" } },
        ["Oem"] = new JsonObject
        {
            ["Hpe"] = new JsonObject
            {
                ["@odata.type"] = "#HpeiLOServiceExt.v2_3_0.HpeiLOServiceExt",
                ["Manager"] = new JsonArray(new JsonObject
                {
                    ["FQDN"] = null,
                    ["HostName"] = hostName,
                    ["ManagerFirmwareVersion"] = Firmware,
                    ["ManagerType"] = Model,
                }),
                ["Moniker"] = new JsonObject { ["PRODGEN"] = Model, ["PRODNAM"] = "Integrated Lights-Out 5" },
            },
        },
    };

    /// <summary><c>/redfish/v1/Managers/1</c>.</summary>
    /// <returns>The resource.</returns>
    public static JsonObject Manager() => new()
    {
        ["@odata.id"] = "/redfish/v1/Managers/1",
        ["@odata.type"] = "#Manager.v1_5_1.Manager",
        ["Id"] = "1",
        ["Name"] = "Manager",
        ["ManagerType"] = "BMC",
        ["Model"] = Model,
        ["FirmwareVersion"] = $"{Model} v{Firmware}",
        ["NetworkProtocol"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Managers/1/NetworkProtocol" },
        ["EthernetInterfaces"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Managers/1/EthernetInterfaces" },
        ["Oem"] = new JsonObject { ["Hpe"] = new JsonObject { ["@odata.type"] = "#HpeiLO.v2_8_0.HpeiLO" } },
    };

    /// <summary><c>/redfish/v1/Managers/1/NetworkProtocol</c> with the AlertMail properties.</summary>
    /// <param name="alertMail">The stored configuration.</param>
    /// <returns>The resource (without <c>@odata.etag</c>; the service adds it).</returns>
    public static JsonObject NetworkProtocol(IloAlertMail alertMail)
    {
        ArgumentNullException.ThrowIfNull(alertMail);
        var hpe = new JsonObject
        {
            ["@odata.type"] = "#HpeiLOManagerNetworkService.v2_2_0.HpeiLOManagerNetworkService",
            ["Actions"] = new JsonObject
            {
                ["#HpeiLOManagerNetworkService.SendTestAlertMail"] = new JsonObject
                {
                    ["target"] = "/redfish/v1/Managers/1/NetworkProtocol/Actions/Oem/Hpe/HpeiLOManagerNetworkService.SendTestAlertMail",
                },
            },
        };
        foreach (var (name, value) in alertMail.ToOemProperties())
        {
            hpe[name] = value?.DeepClone();
        }

        return new JsonObject
        {
            ["@odata.id"] = "/redfish/v1/Managers/1/NetworkProtocol",
            ["@odata.type"] = "#ManagerNetworkProtocol.v1_0_0.ManagerNetworkProtocol",
            ["FQDN"] = string.Empty,
            ["HostName"] = alertMail.HostName,
            ["Id"] = "NetworkProtocol",
            ["Name"] = "Manager Network Services",
            ["HTTPS"] = new JsonObject { ["Port"] = 443, ["ProtocolEnabled"] = true },
            ["Oem"] = new JsonObject { ["Hpe"] = hpe },
        };
    }
}
