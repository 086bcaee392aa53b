using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>
/// The alert e-mail part of the simulated iDRAC 9 <c>ManagerAttributeRegistry</c>. Names and factory values are
/// those of the iDRAC 5.10 capture (<c>shared/reference/rest-ssh-apis.md</c> §2a); the bounds, lengths and the
/// <c>ConnectionEncryption</c> values other than <c>STARTTLS</c> are assumed (addendum §3: still unverified).
/// </summary>
public static class IdracLabRegistry
{
    /// <summary>The registry's id, as <c>DellAttributes.AttributeRegistry</c> names it.</summary>
    public const string Id = "ManagerAttributeRegistry.v1_0_0";

    /// <summary>The iDRAC's attributes under this registry that the model keeps.</summary>
    public static IReadOnlyList<IdracLabAttribute> Attributes { get; } = Build();

    /// <summary>Finds an attribute by name (ordinal).</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The attribute, or null.</returns>
    public static IdracLabAttribute? Find(string name) => Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    private static List<IdracLabAttribute> Build()
    {
        string[] onOff = ["Enabled", "Disabled"];
        var list = new List<IdracLabAttribute>
        {
            new("Info.1.Product", "String", "Integrated Dell Remote Access Controller") { ReadOnly = true, MaxLength = 63 },
            new("Info.1.Version", "String", "5.10.00.00") { ReadOnly = true, MaxLength = 63 },
            new("IPMILan.1.AlertEnable", "Enumeration", "Disabled") { Values = onOff },
            new("RemoteHosts.1.SMTPServerIPAddress", "String", "0.0.0.0") { MaxLength = 255 },
            new("RemoteHosts.1.SMTPPort", "Integer", 25) { LowerBound = 1, UpperBound = 65535 },
            new("RemoteHosts.1.SMTPAuthentication", "Enumeration", "Disabled") { Values = onOff },
            new("RemoteHosts.1.SMTPUserName", "String", string.Empty) { MaxLength = 50 },
            new("RemoteHosts.1.SMTPPassword", "Password", null) { MaxLength = 50 },
            new("RemoteHosts.1.SenderEmail", "String", string.Empty) { MaxLength = 64 },
            new("RemoteHosts.1.ConnectionEncryption", "Enumeration", "STARTTLS") { Values = ["None", "STARTTLS", "SSL/TLS"] },
            new("RemoteHosts.1.MessageSubjectPrefix", "String", string.Empty) { MaxLength = 64 },
        };
        for (var slot = 1; slot <= IdracLabModel.AlertSlots; slot++)
        {
            list.Add(new($"EmailAlert.{slot}.Address", "String", string.Empty) { MaxLength = 64 });
            list.Add(new($"EmailAlert.{slot}.Enable", "Enumeration", "Disabled") { Values = onOff });
            list.Add(new($"EmailAlert.{slot}.CustomMsg", "String", string.Empty) { MaxLength = 32 });
        }

        return list;
    }

    /// <summary>The registry file, <c>…/ManagerAttributeRegistry.v1_0_0.json</c>, listing <paramref name="present"/> only.</summary>
    /// <param name="present">The attributes this generation has.</param>
    /// <returns>The registry.</returns>
    public static JsonObject Document(IEnumerable<IdracLabAttribute> present) => new()
    {
        ["@odata.type"] = "#AttributeRegistry.v1_3_0.AttributeRegistry",
        ["Id"] = Id,
        ["Name"] = "iDRAC Attribute Registry",
        ["Language"] = "en",
        ["OwningEntity"] = "Dell",
        ["RegistryVersion"] = "1.0.0",
        ["RegistryEntries"] = new JsonObject { [nameof(Attributes)] = new JsonArray([.. present.Select(a => (JsonNode)a.ToRegistryEntry())]) },
    };
}
