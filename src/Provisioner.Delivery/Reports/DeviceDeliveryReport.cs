namespace Provisioner.Delivery;

/// <summary>One device in a <see cref="DeliveryReport"/>.</summary>
/// <param name="Device">The inventory name.</param>
/// <param name="Site">The site.</param>
/// <param name="Driver">The driver id.</param>
/// <param name="Status">The status word, e.g. <c>delivered</c>.</param>
/// <param name="Sender">The sender address.</param>
/// <param name="Token">The correlation token, or null.</param>
/// <param name="CorrelatedBy">How the message was tied to the device, or null.</param>
/// <param name="TriggeredAt">When it was triggered, or null.</param>
/// <param name="LatencyMs">Trigger to arrival, or null.</param>
/// <param name="DeviceResult">The device's own result, quoted, or null.</param>
/// <param name="Subject">The subject of the first copy that arrived, or null.</param>
/// <param name="GroupsReached">Recipients (group names where known) a copy arrived through.</param>
/// <param name="GroupsMissed">Observable recipients no copy arrived through.</param>
/// <param name="Unobservable">Recipients the watched mailbox does not receive.</param>
/// <param name="ManualStep">What a person does, or null.</param>
/// <param name="Diagnostics">Problems and notes.</param>
public sealed record DeviceDeliveryReport(
    string Device,
    string Site,
    string Driver,
    string Status,
    string Sender,
    string? Token,
    string? CorrelatedBy,
    string? TriggeredAt,
    long? LatencyMs,
    string? DeviceResult,
    string? Subject,
    IReadOnlyList<string> GroupsReached,
    IReadOnlyList<string> GroupsMissed,
    IReadOnlyList<string> Unobservable,
    string? ManualStep,
    IReadOnlyList<DeliveryDiagnosticReport> Diagnostics)
{
    /// <summary>Builds the report entry of <paramref name="d"/>.</summary>
    /// <param name="d">The device outcome.</param>
    /// <returns>The entry.</returns>
    public static DeviceDeliveryReport Of(DeviceDelivery d)
    {
        ArgumentNullException.ThrowIfNull(d);
        static string Name(RecipientReach r) => r.Group ?? r.Address;
        return new DeviceDeliveryReport(
            d.Device,
            d.Site,
            d.Driver,
            DeliveryStatusNames.Of(d.Status),
            d.Sender,
            d.Token,
            d.CorrelatedBy,
            d.TriggeredAt is { } t ? DeliveryReport.Time(t) : null,
            d.Latency is { } l ? (long)l.TotalMilliseconds : null,
            d.DeviceResult,
            d.Subject,
            [.. d.Recipients.Where(r => r.Reached).Select(Name)],
            [.. d.Recipients.Where(r => r.Observable && !r.Reached).Select(Name)],
            [.. d.Recipients.Where(r => !r.Observable).Select(r => r.Address)],
            d.ManualStep,
            [.. d.Diagnostics.Select(x => new DeliveryDiagnosticReport(x.Severity.ToString().ToLowerInvariant(), x.Code, x.Summary, x.Detail))]);
    }
}
