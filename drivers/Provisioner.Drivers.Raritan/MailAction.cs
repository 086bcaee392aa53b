using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioner.Drivers.Raritan;

/// <summary>One of the driver's <c>SendSmtpMessage</c> actions: its id and the address it mails.</summary>
/// <param name="Id">The action id.</param>
/// <param name="Address">The recipient address.</param>
internal sealed record MailAction(string Id, string Address)
{
    /// <summary>The name the driver gives the action of <paramref name="address"/>.</summary>
    /// <param name="address">The address.</param>
    /// <returns>E.g. <c>Provisioner mail ops@example.com</c>.</returns>
    public static string NameFor(string address) => PxAssumptions.ActionNamePrefix + address;

    /// <summary>Reads the driver's actions from <c>listActions</c>'s return value, in device order (<see cref="PxAssumptions.ListActionsInCreationOrder"/>); other actions are skipped.</summary>
    /// <param name="ret">The <c>_ret_</c> array.</param>
    /// <param name="operation">The call, for messages.</param>
    /// <returns>The driver's actions.</returns>
    /// <exception cref="Abstractions.DeviceProtocolException">The answer is not a list of actions.</exception>
    public static IReadOnlyList<MailAction> Read(JsonElement ret, string operation)
    {
        if (ret.ValueKind != JsonValueKind.Array)
        {
            throw new Abstractions.DeviceProtocolException($"{operation} answered something other than a list of actions. Check the firmware's event.Engine interface version.") { Operation = operation };
        }

        var mine = new List<MailAction>();
        foreach (var action in ret.EnumerateArray())
        {
            if (action.ValueKind != JsonValueKind.Object
                || !action.TryGetProperty("name", out var name) || name.GetString() is not { } text
                || !text.StartsWith(PxAssumptions.ActionNamePrefix, StringComparison.Ordinal)
                || !action.TryGetProperty("type", out var type) || type.GetString() != Endpoints.SendSmtpMessage
                || !action.TryGetProperty("id", out var id) || id.GetString() is not { } actionId)
            {
                continue;
            }

            mine.Add(new MailAction(actionId, RecipientOf(action) ?? text[PxAssumptions.ActionNamePrefix.Length..]));
        }

        return mine;
    }

    /// <summary>The <c>Action</c> argument that mails <paramref name="address"/> through the global SMTP settings.</summary>
    /// <param name="id">The id (empty when adding).</param>
    /// <param name="address">The address.</param>
    /// <returns>The object.</returns>
    public static JsonObject ToArgument(string id, string address) => new()
    {
        ["id"] = id,
        ["name"] = NameFor(address),
        ["isSystem"] = false,
        ["type"] = Endpoints.SendSmtpMessage,
        ["arguments"] = new JsonArray(
            new JsonObject { ["key"] = PxAssumptions.WriteRecipientKey, ["value"] = address },
            new JsonObject { ["key"] = Endpoints.OverrideSmtp, ["value"] = "0" }),
    };

    private static string? RecipientOf(JsonElement action)
    {
        if (!action.TryGetProperty("arguments", out var args) || args.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var key in PxAssumptions.ReadRecipientKeys)
        {
            foreach (var arg in args.EnumerateArray())
            {
                if (arg.ValueKind == JsonValueKind.Object && arg.TryGetProperty("key", out var k) && k.GetString() == key
                    && arg.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
                {
                    return v.GetString();
                }
            }
        }

        return null;
    }
}
