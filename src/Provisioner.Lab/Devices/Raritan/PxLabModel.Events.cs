using System.Globalization;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Raritan;

/// <summary>The <c>/event_engine</c> resource's actions: <c>listActions</c>, <c>addAction</c>, <c>modifyAction</c>, <c>deleteAction</c>.</summary>
public sealed partial class PxLabModel
{
    private List<PxAction> actions = [];
    private int nextActionId;

    /// <summary>The actions as stored, in creation order (for tests).</summary>
    /// <returns>The actions as JSON.</returns>
    public IReadOnlyList<JsonObject> Actions()
    {
        lock (gate)
        {
            return [.. actions.Select(a => a.ToJson())];
        }
    }

    /// <summary>Adds an action behind the driver's back (an out-of-band change).</summary>
    /// <param name="action">The action; its id is assigned.</param>
    /// <returns>The new id.</returns>
    public string AddActionOutOfBand(JsonObject action)
    {
        var parsed = PxAction.From(action) ?? throw new ArgumentException("Not an action.", nameof(action));
        lock (gate)
        {
            var id = NextId();
            actions.Add(parsed with { Id = id, IsSystem = false });
            return id;
        }
    }

    /// <summary>Removes the actions matching <paramref name="match"/> behind the driver's back.</summary>
    /// <param name="match">Chooses by name.</param>
    public void RemoveActionsOutOfBand(Func<string, bool> match)
    {
        lock (gate)
        {
            actions.RemoveAll(a => !a.IsSystem && match(a.Name));
        }
    }

    private LabHttpResponse Events(string method, JsonObject parameters)
    {
        lock (gate)
        {
            switch (method)
            {
                case "listActions":
                    return PxRpc.Result(new JsonArray([.. actions.Select(a => (JsonNode)a.ToJson())]));
                case "addAction" when PxAction.From(parameters["action"]) is { } added:
                    return Add(added);
                case "modifyAction" when PxAction.From(parameters["action"]) is { } modified:
                    return PxRpc.Result(Modify(modified));
                case "deleteAction" when PxRpc.Text(parameters, "actionId") is { } id:
                    return PxRpc.Result(Delete(id));
                case "listActions" or "addAction" or "modifyAction" or "deleteAction":
                    return PxRpc.Error(PxRpc.InvalidParams, $"Invalid params for {method}");
                default:
                    return PxRpc.Error(PxRpc.MethodNotFound, $"Method not found: {method}");
            }
        }
    }

    private LabHttpResponse Add(PxAction action)
    {
        if (actions.Any(a => a.Name == action.Name))
        {
            Log(ActionsProperty, "add " + action, stored: false);
            return PxRpc.Result(1, ("actionId", string.Empty));
        }

        if (actions.Count >= MaxActions || Faults.RejectedObjects.Contains(ActionsProperty))
        {
            Log(ActionsProperty, "add " + action, stored: false);
            return PxRpc.Result(3, ("actionId", string.Empty));
        }

        var id = NextId();
        var stored = !Faults.LostWrites.Contains(ActionsProperty);
        Log(ActionsProperty, "add " + action, stored);
        if (stored)
        {
            actions.Add(action with { Id = id, IsSystem = false });
        }

        return PxRpc.Result(0, ("actionId", id));
    }

    private int Modify(PxAction action)
    {
        var index = actions.FindIndex(a => a.Id == action.Id);
        if (index < 0)
        {
            return 2;
        }

        if (actions.Any(a => a.Name == action.Name && a.Id != action.Id))
        {
            return 1;
        }

        var stored = !Faults.LostWrites.Contains(ActionsProperty);
        Log(ActionsProperty, "modify " + action, stored);
        if (stored)
        {
            actions[index] = action with { IsSystem = actions[index].IsSystem };
        }

        return 0;
    }

    private int Delete(string id)
    {
        var action = actions.FirstOrDefault(a => a.Id == id);
        if (action is null)
        {
            return 1;
        }

        if (action.IsSystem || Faults.RejectedObjects.Contains(ActionsProperty))
        {
            Log(ActionsProperty, "delete " + action, stored: false);
            return 2;
        }

        var stored = !Faults.LostWrites.Contains(ActionsProperty);
        Log(ActionsProperty, "delete " + action, stored);
        if (stored)
        {
            actions.Remove(action);
        }

        return 0;
    }

    private string NextId() => (++nextActionId).ToString(CultureInfo.InvariantCulture);

    private void Reset()
    {
        smtp = new PxSmtpConfiguration();
        nextActionId = 0;
        actions =
        [
            new PxAction("SystemEventLogAction", "System Event Log Action", true, "EventLog", []),
            new PxAction("SystemSnmpNotificationAction", "System SNMP Notification Action", true, "SendSnmpNotification", []),
            new PxAction("SystemTamperAlarmAction", "System Tamper Alarm", true, "AlarmAction", []),
        ];
        actions.Add(new PxAction(NextId(), "Mail facilities", false, "SendSmtpMessage", [new("Recipient1", "facilities@example.com"), new("OverrideSmtp", "0")]));
    }
}
