using System.Text.Json.Nodes;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>The manager, the attributes resource and its PATCH, the registry locator and the card service.</summary>
public sealed partial class IdracLabModel
{
    private static JsonObject Manager() => new()
    {
        ["@odata.id"] = ManagerPath,
        ["@odata.type"] = "#Manager.v1_12_0.Manager",
        ["Id"] = "iDRAC.Embedded.1",
        ["Name"] = "Manager",
        ["ManagerType"] = "BMC",
        ["Manufacturer"] = "Dell Inc.",
        ["Model"] = "14G Monolithic",
        ["FirmwareVersion"] = "5.10.00.00",
        ["Links"] = new JsonObject
        {
            ["Oem"] = new JsonObject
            {
                ["Dell"] = new JsonObject
                {
                    ["@odata.type"] = "#DellOem.v1_2_0.DellOemLinks",
                    ["DellAttributes"] = new JsonArray(
                        new JsonObject { ["@odata.id"] = AttributesPath },
                        new JsonObject { ["@odata.id"] = ManagerPath + "/Oem/Dell/DellAttributes/System.Embedded.1" },
                        new JsonObject { ["@odata.id"] = ManagerPath + "/Oem/Dell/DellAttributes/LifecycleController.Embedded.1" }),
                    ["DelliDRACCardService"] = new JsonObject { ["@odata.id"] = CardServicePath },
                },
            },
        },
    };

    private static JsonObject RegistryLocator() => new()
    {
        ["@odata.id"] = RegistryPath,
        ["@odata.type"] = "#MessageRegistryFile.v1_1_0.MessageRegistryFile",
        ["Id"] = "ManagerAttributeRegistry",
        ["Name"] = "iDRAC Manager Attribute Registry File",
        ["Registry"] = IdracLabRegistry.Id,
        ["Location"] = new JsonArray(new JsonObject { ["Language"] = "En", ["Uri"] = RegistryFilePath }),
    };

    private static JsonObject CardService() => new()
    {
        ["@odata.id"] = CardServicePath,
        ["@odata.type"] = "#DelliDRACCardService.v1_4_0.DelliDRACCardService",
        ["Id"] = "DelliDRACCardService",
        ["Actions"] = new JsonObject
        {
            ["#DelliDRACCardService.SendTestEmailAlert"] = new JsonObject { ["target"] = SendTestEmailPath },
            ["#DelliDRACCardService.SendTestSNMPTrap"] = new JsonObject { ["target"] = CardServicePath + "/Actions/DelliDRACCardService.SendTestSNMPTrap" },
        },
    };

    private JsonObject AttributesResource()
    {
        var attributes = new JsonObject();
        lock (gate)
        {
            foreach (var (name, value) in values)
            {
                attributes[name] = value?.DeepClone();
            }
        }

        return new JsonObject
        {
            ["@odata.id"] = AttributesPath,
            ["@odata.type"] = "#DellAttributes.v1_0_0.DellAttributes",
            ["@Redfish.Settings"] = new JsonObject
            {
                ["@odata.type"] = "#Settings.v1_3_0.Settings",
                ["SettingsObject"] = new JsonObject { ["@odata.id"] = AttributesPath + "/Settings" },
                ["SupportedApplyTimes"] = new JsonArray("Immediate", "AtMaintenanceWindowStart"),
            },
            ["AttributeRegistry"] = IdracLabRegistry.Id,
            ["Attributes"] = attributes,
            ["Description"] = "This schema provides the oem attributes",
            ["Id"] = "iDRAC.Embedded.1",
            ["Name"] = "OEMAttributeRegistry",
        };
    }

    private LabHttpResponse Patch(LabHttpRequest request)
    {
        Interlocked.Increment(ref patches);
        if (EditBeforeNextPatch is { } edit)
        {
            EditBeforeNextPatch = null;
            SetAttribute(edit.Name, edit.Value);
        }

        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        if (CheckPrecondition(request, AttributesResource()) is { } precondition)
        {
            return precondition;
        }

        if (body!["Attributes"] is not JsonObject attributes || body.Count != 1)
        {
            var extra = body.Select(p => p.Key).FirstOrDefault(k => k != "Attributes") ?? "Attributes";
            return RedfishLabErrors.PropertyUnknown(extra, "#/" + extra);
        }

        lock (gate)
        {
            foreach (var (name, value) in attributes)
            {
                var known = dropped.Contains(name) ? null : IdracLabRegistry.Find(name);
                if (IdracLabValidation.Check(name, known, value) is { } refusal)
                {
                    return refusal;
                }
            }

            foreach (var (name, value) in attributes)
            {
                if (Refuses(name, Shown(name, value)))
                {
                    return RedfishLabErrors.ValueError(name, Faults.QuoteSecretsInErrors ? Quoted(value) : Shown(name, value), IdracLabValidation.Pointer(name));
                }
            }

            foreach (var (name, value) in attributes)
            {
                if (!Accept(name, Shown(name, value)))
                {
                    continue;
                }

                if (IdracLabRegistry.Find(name)!.Type == "Password")
                {
                    password = value!.GetValue<string>();
                }
                else
                {
                    values[name] = value?.DeepClone();
                }
            }
        }

        return LabHttpResponse.Json(200, new JsonObject
        {
            ["@Message.ExtendedInfo"] = new JsonArray(new JsonObject
            {
                ["MessageId"] = "Base.1.15.Success",
                ["Message"] = "Successfully Completed Request",
                ["Severity"] = "OK",
                ["Resolution"] = "None",
            }),
        });
    }

    private static string Quoted(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";

    private static string Shown(string name, JsonNode? value) =>
        IdracLabRegistry.Find(name)?.Type == "Password" ? "***" : value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
}
