namespace Provisioner.Core.Reports;

/// <summary>One manual step of the rollout checklist with every device that needs it.</summary>
/// <param name="Setting">The canonical setting.</param>
/// <param name="What">What to set.</param>
/// <param name="Where">Where in the devices' interface.</param>
/// <param name="Value">The value every device needs (with <c>&lt;name&gt;</c> for the device's own name), or null when they differ.</param>
/// <param name="Steps">The devices' steps, in device order.</param>
internal sealed record RolloutStepGroup(string Setting, string What, string Where, string? Value, IReadOnlyList<RolloutStepReport> Steps)
{
    /// <summary>Groups the checklist by step, in order of first appearance.</summary>
    public static IReadOnlyList<RolloutStepGroup> Group(IReadOnlyList<RolloutStepReport> steps) =>
        [.. steps
            .GroupBy(s => (s.Setting, s.What, s.Where))
            .Select(g => new RolloutStepGroup(g.Key.Setting, g.Key.What, g.Key.Where, Shared([.. g]), [.. g]))];

    private static string? Shared(List<RolloutStepReport> steps)
    {
        if (steps.Any(s => s.Value is null))
        {
            return null;
        }

        var templates = steps.Select(s => Phrasing.Template(s.Value!, s.Device)).Distinct(StringComparer.Ordinal).ToList();
        if (templates.Count != 1)
        {
            return null;
        }

        return steps.Count > 1 && Phrasing.PerDevice(templates[0]) ? $"{templates[0]} ({Phrasing.NamePlaceholder} is the device's name)" : steps[0].Value;
    }
}
