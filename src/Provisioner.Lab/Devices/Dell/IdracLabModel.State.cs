using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>The model's state as one JSON line: attribute values, the SMTP password and the attributes this generation lacks.</summary>
public sealed partial class IdracLabModel
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> ExportState()
    {
        lock (gate)
        {
            var attributes = new JsonObject();
            foreach (var (name, value) in values)
            {
                attributes[name] = value?.DeepClone();
            }

            return [new JsonObject
            {
                ["model"] = "dell.idrac9",
                ["attributes"] = attributes,
                ["password"] = password,
                ["dropped"] = new JsonArray([.. dropped.Order(StringComparer.Ordinal).Select(d => (JsonNode)JsonValue.Create(d))]),
            }.ToJsonString()];
        }
    }

    /// <inheritdoc/>
    public override void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        JsonObject state;
        try
        {
            state = lines.Count == 1 && JsonNode.Parse(lines[0]) is JsonObject o && o["model"]?.GetValue<string>() == "dell.idrac9" && o["attributes"] is JsonObject
                ? o
                : throw new FormatException("The state is not one dell.idrac9 line.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("The dell.idrac9 state is not JSON.", ex);
        }

        ResetToFactory();
        DropAttributes([.. (state["dropped"] as JsonArray ?? []).Select(d => d!.GetValue<string>())]);
        lock (gate)
        {
            foreach (var (name, value) in (JsonObject)state["attributes"]!)
            {
                if (!values.ContainsKey(name))
                {
                    throw new FormatException($"The dell.idrac9 state names an attribute the model does not have: {name}.");
                }

                values[name] = value?.DeepClone();
            }

            password = state["password"]?.GetValue<string>() ?? string.Empty;
        }
    }
}
