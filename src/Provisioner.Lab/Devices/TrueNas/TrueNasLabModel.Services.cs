using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>
/// The <c>alertservice</c> CRUD service. Stored as <c>{id, name, type, attributes{email}, level, enabled}</c>; rendered
/// and accepted with <c>type</c> at the top up to 25.04 and inside <c>attributes</c> from 25.10
/// (<c>api/v25_10_0/alertservice.py</c>); the answer adds <c>type__title</c>. A body of the other shape is refused.
/// </summary>
public sealed partial class TrueNasLabModel
{
    private static readonly string[] Levels = ["INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL", "ALERT", "EMERGENCY"];
    private List<JsonObject> services = [];
    private int nextServiceId = 1;

    /// <summary>The stored alert services in the model's own form (for tests).</summary>
    /// <returns>Copies, in id order.</returns>
    public IReadOnlyList<JsonObject> ServiceState()
    {
        lock (gate)
        {
            return [.. services.Select(s => (JsonObject)s.DeepClone())];
        }
    }

    /// <summary>Adds an alert service behind the driver's back (e.g. a hand-made Slack or Mail service).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type, e.g. <c>Mail</c> or <c>Slack</c>.</param>
    /// <param name="email">The address (Mail only).</param>
    /// <param name="level">The level.</param>
    public void AddServiceOutOfBand(string name, string type, string email, string level)
    {
        lock (gate)
        {
            services.Add(new JsonObject { ["id"] = nextServiceId++, ["name"] = name, ["type"] = type, ["attributes"] = new JsonObject { ["email"] = email }, ["level"] = level, ["enabled"] = true });
        }
    }

    private JsonArray QueryServices()
    {
        lock (gate)
        {
            return [.. services.Select(Render)];
        }
    }

    private JsonObject Render(JsonObject stored)
    {
        var type = Text(stored, "type");
        var attributes = new JsonObject();
        if (TypeInAttributes)
        {
            attributes["type"] = type;
        }

        foreach (var (name, value) in (JsonObject)stored["attributes"]!)
        {
            attributes[name] = value?.DeepClone();
        }

        var shown = new JsonObject { ["id"] = stored["id"]!.DeepClone(), ["name"] = Text(stored, "name") };
        if (!TypeInAttributes)
        {
            shown["type"] = type;
        }

        shown["attributes"] = attributes;
        shown["level"] = Text(stored, "level");
        shown["enabled"] = stored["enabled"]?.DeepClone();
        shown["type__title"] = type == "Mail" ? "Email" : type;
        return shown;
    }

    private TrueNasCall CreateService(JsonObject? body)
    {
        lock (gate)
        {
            if (Parse(body, "alert_service_create") is not JsonObject stored)
            {
                return Invalid(body, "alert_service_create");
            }

            if (Refused("create", stored) is { } refused)
            {
                return refused;
            }

            stored["id"] = nextServiceId++;
            if (!Faults.LostWrites.Contains(ServicesProperty))
            {
                services.Add(stored);
            }

            return new TrueNasCall.Ok(Render(stored));
        }
    }

    private TrueNasCall UpdateService(int? id, JsonObject? body)
    {
        lock (gate)
        {
            var index = services.FindIndex(s => s["id"]?.GetValue<int>() == id);
            if (index < 0)
            {
                return new TrueNasCall.Missing(Invariant($"alertservice id {id} does not exist"));
            }

            if (Parse(body, "alert_service_update") is not JsonObject stored)
            {
                return Invalid(body, "alert_service_update");
            }

            if (Refused("update", stored) is { } refused)
            {
                return refused;
            }

            stored["id"] = id;
            if (!Faults.LostWrites.Contains(ServicesProperty))
            {
                services[index] = stored;
            }

            return new TrueNasCall.Ok(Render(stored));
        }
    }

    private TrueNasCall DeleteService(int? id)
    {
        lock (gate)
        {
            var index = services.FindIndex(s => s["id"]?.GetValue<int>() == id);
            if (index < 0)
            {
                return new TrueNasCall.Missing(Invariant($"alertservice id {id} does not exist"));
            }

            var stored = !Faults.LostWrites.Contains(ServicesProperty);
            Log(ServicesProperty, Invariant($"delete {id} {Text((JsonObject)services[index]["attributes"]!, "email")}"), stored);
            if (stored)
            {
                services.RemoveAt(index);
            }

            return new TrueNasCall.Ok(JsonValue.Create(true));
        }
    }

    private TrueNasCall.Invalid? Refused(string verb, JsonObject stored)
    {
        var email = Text((JsonObject)stored["attributes"]!, "email");
        var text = Invariant($"{verb} {email} {Text(stored, "level")} {(stored["enabled"]?.GetValue<bool>() == true ? "enabled" : "disabled")}");
        if (Faults.RejectedObjects.Contains(ServicesProperty))
        {
            Log(ServicesProperty, text, stored: false);
            return TrueNasCall.Error("alert_service_" + verb + ".attributes.email", "This address is not accepted");
        }

        Log(ServicesProperty, text, !Faults.LostWrites.Contains(ServicesProperty));
        return null;
    }

    // The stored form of a valid body of this firmware's shape, or null.
    private JsonObject? Parse(JsonObject? body, string schema) => Problems(body, schema).Count > 0 ? null : new JsonObject
    {
        ["name"] = Text(body!, "name"),
        ["type"] = TypeInAttributes ? Text((JsonObject)body!["attributes"]!, "type") : Text(body!, "type"),
        ["attributes"] = new JsonObject { ["email"] = Text((JsonObject)body!["attributes"]!, "email") },
        ["level"] = Text(body!, "level"),
        ["enabled"] = body!["enabled"] is JsonValue e && e.TryGetValue<bool>(out var on) ? on : true,
    };

    private TrueNasCall.Invalid Invalid(JsonObject? body, string schema) => new(Problems(body, schema));

    private List<(string, string)> Problems(JsonObject? body, string schema)
    {
        var errors = new List<(string, string)>();
        if (body is null)
        {
            errors.Add((schema, "Input should be a valid dictionary"));
            return errors;
        }

        if (body["attributes"] is not JsonObject attributes)
        {
            errors.Add((schema + ".attributes", "Field required"));
            return errors;
        }

        if (TypeInAttributes && body.ContainsKey("type"))
        {
            errors.Add((schema + ".type", "Extra inputs are not permitted"));
        }

        var type = TypeInAttributes ? Text(attributes, "type") : Text(body, "type");
        if (type.Length == 0)
        {
            errors.Add((TypeInAttributes ? schema + ".attributes.type" : schema + ".type", "Field required"));
        }
        else if (type == "Mail" && Text(attributes, "email") is { Length: > 0 } email && (email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.EndsWith('@')))
        {
            errors.Add((schema + ".attributes.email", "Not a valid E-Mail address"));
        }

        if (!TypeInAttributes && attributes.ContainsKey("type"))
        {
            errors.Add((schema + ".attributes.type", "Extra inputs are not permitted"));
        }

        if (!Levels.Contains(Text(body, "level")))
        {
            errors.Add((schema + ".level", "Input should be 'INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT' or 'EMERGENCY'"));
        }

        if (Text(body, "name").Length == 0)
        {
            errors.Add((schema + ".name", "Field required"));
        }

        return errors;
    }
}
