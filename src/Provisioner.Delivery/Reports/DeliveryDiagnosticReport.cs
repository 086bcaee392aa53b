namespace Provisioner.Delivery;

/// <summary>One diagnostic in a <see cref="DeviceDeliveryReport"/>.</summary>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Code">The code, e.g. <c>delivery.groupMissed</c>.</param>
/// <param name="Summary">The title.</param>
/// <param name="Detail">Why and what to do.</param>
public sealed record DeliveryDiagnosticReport(string Severity, string Code, string Summary, string Detail);
