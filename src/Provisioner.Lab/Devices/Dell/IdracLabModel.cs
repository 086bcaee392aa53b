using System.Text.Json.Nodes;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>
/// A simulated Dell iDRAC 9 (firmware 5.10.00.00, as the capture in <c>shared/reference/rest-ssh-apis.md</c> §2a):
/// the Redfish service root with <c>Vendor: Dell</c>, <c>Managers/iDRAC.Embedded.1</c> linking its
/// <c>DellAttributes</c>, the attributes resource (<c>@Redfish.Settings</c>, ETag) with writes validated against
/// the <c>ManagerAttributeRegistry</c> it serves, a write-only SMTP password, and the
/// <c>DelliDRACCardService.SendTestEmailAlert</c> action that really mails the enabled alert slots.
/// Write-log and fault names are the attribute names.
/// </summary>
public sealed partial class IdracLabModel : RedfishLabService
{
    /// <summary>The iDRAC's e-mail alert slots, <c>EmailAlert.1..4</c> (addendum §3, Verified).</summary>
    public const int AlertSlots = 4;

    /// <summary>The manager resource.</summary>
    public const string ManagerPath = "/redfish/v1/Managers/iDRAC.Embedded.1";

    /// <summary>The iDRAC attributes resource.</summary>
    public const string AttributesPath = ManagerPath + "/Oem/Dell/DellAttributes/iDRAC.Embedded.1";

    /// <summary>The registry locator.</summary>
    public const string RegistryPath = "/redfish/v1/Registries/ManagerAttributeRegistry";

    /// <summary>The registry file the locator points at.</summary>
    public const string RegistryFilePath = RegistryPath + "/" + IdracLabRegistry.Id + ".json";

    /// <summary>The Dell card service.</summary>
    public const string CardServicePath = ManagerPath + "/Oem/Dell/DelliDRACCardService";

    /// <summary>The test e-mail action.</summary>
    public const string SendTestEmailPath = CardServicePath + "/Actions/DelliDRACCardService.SendTestEmailAlert";

    /// <summary>The DMTF test event action.</summary>
    public const string SubmitTestEventPath = "/redfish/v1/EventService/Actions/EventService.SubmitTestEvent";

    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonNode?> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> dropped = new(StringComparer.Ordinal);
    private string password = string.Empty;
    private int patches;

    /// <summary>Creates an iDRAC at its factory values.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public IdracLabModel(LabModelContext context)
        : base(context)
    {
        ResetToFactory();
    }

    /// <summary>How many PATCH requests of the attributes resource arrived (refused ones included).</summary>
    public int PatchCount => Volatile.Read(ref patches);

    /// <summary>
    /// An edit a person makes in the web UI between a client's GET and its next PATCH: applied when the next PATCH
    /// arrives, before its <c>If-Match</c> is checked (so a client's ETag is then stale: 412), then cleared.
    /// </summary>
    public (string Name, JsonNode? Value)? EditBeforeNextPatch { get; set; }

    /// <summary>The attributes this generation has (those not dropped).</summary>
    public IEnumerable<IdracLabAttribute> Present
    {
        get
        {
            lock (gate)
            {
                return [.. IdracLabRegistry.Attributes.Where(a => !dropped.Contains(a.Name))];
            }
        }
    }

    /// <summary>The value an attribute holds now (JSON null for the password and for absent attributes).</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>A copy of the value.</returns>
    public JsonNode? Attribute(string name)
    {
        lock (gate)
        {
            return values.TryGetValue(name, out var value) ? value?.DeepClone() : null;
        }
    }

    /// <summary>Changes an attribute behind the driver's back, as a person in the web UI would; nothing is logged.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The new value.</param>
    public void SetAttribute(string name, JsonNode? value)
    {
        lock (gate)
        {
            if (!values.ContainsKey(name))
            {
                throw new ArgumentException($"The iDRAC has no attribute {name}.", nameof(name));
            }

            values[name] = value?.DeepClone();
        }
    }

    /// <summary>Whether the stored SMTP password is <paramref name="candidate"/> (it is never shown).</summary>
    /// <param name="candidate">The password to compare.</param>
    /// <returns>True when equal.</returns>
    public bool HasPassword(string candidate)
    {
        lock (gate)
        {
            return string.Equals(password, candidate, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Makes the model an older generation that lacks <paramref name="names"/> (Dell's older SDK schema has no
    /// <c>SenderEmail</c> and no <c>ConnectionEncryption</c>, addendum §3): gone from the attributes and the registry.
    /// </summary>
    /// <param name="names">The attributes to remove.</param>
    public void DropAttributes(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        lock (gate)
        {
            foreach (var name in names)
            {
                dropped.Add(name);
                values.Remove(name);
            }
        }
    }

    /// <inheritdoc/>
    protected override JsonObject ServiceRoot() => new()
    {
        ["@odata.id"] = "/redfish/v1",
        ["@odata.type"] = "#ServiceRoot.v1_11_0.ServiceRoot",
        ["Id"] = "RootService",
        ["Name"] = "Root Service",
        ["Vendor"] = "Dell",
        ["Product"] = "Integrated Dell Remote Access Controller",
        ["RedfishVersion"] = "1.11.0",
        ["Managers"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Managers" },
        ["EventService"] = new JsonObject { ["@odata.id"] = "/redfish/v1/EventService" },
        ["Registries"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Registries" },
        ["SessionService"] = new JsonObject { ["@odata.id"] = "/redfish/v1/SessionService" },
        ["Links"] = new JsonObject { ["Sessions"] = new JsonObject { ["@odata.id"] = RedfishLabSessions.CollectionPath } },
        ["Oem"] = new JsonObject { ["Dell"] = new JsonObject { ["@odata.type"] = "#DellServiceRoot.v1_0_0.DellServiceRoot", ["ServiceTag"] = "LAB0001", ["IsBranded"] = 0 } },
    };

    /// <inheritdoc/>
    protected override async ValueTask<LabHttpResponse> HandleResourceAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        return (request.Method, path) switch
        {
            ("GET", ManagerPath) => LabHttpResponse.Json(200, Manager()),
            ("GET", AttributesPath) => WithETag(AttributesResource()),
            ("PATCH", AttributesPath) => Patch(request),
            ("GET", RegistryPath) => LabHttpResponse.Json(200, RegistryLocator()),
            ("GET", RegistryFilePath) => LabHttpResponse.Json(200, IdracLabRegistry.Document(Present)),
            ("GET", CardServicePath) => LabHttpResponse.Json(200, CardService()),
            ("POST", SendTestEmailPath) => await SendTestEmailAsync(request).ConfigureAwait(false),
            ("POST", SubmitTestEventPath) => await SubmitTestEventAsync(request).ConfigureAwait(false),
            (_, ManagerPath or AttributesPath or RegistryPath or RegistryFilePath or CardServicePath or SendTestEmailPath or SubmitTestEventPath) =>
                RedfishLabErrors.MethodNotAllowed(request.Method, path),
            _ => RedfishLabErrors.NotFound(path),
        };
    }

    private void ResetToFactory()
    {
        lock (gate)
        {
            values.Clear();
            dropped.Clear();
            foreach (var attribute in IdracLabRegistry.Attributes)
            {
                values[attribute.Name] = attribute.Default?.DeepClone();
            }

            password = string.Empty;
        }
    }
}
