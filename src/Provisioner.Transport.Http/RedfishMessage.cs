namespace Provisioner.Transport.Http;

/// <summary>
/// One entry of a Redfish <c>@Message.ExtendedInfo</c> array: why the device refused a value. Drivers turn
/// it into a <c>rejected</c> diagnostic naming the setting (<see cref="RelatedProperties"/>) and quoting
/// <see cref="Message"/>. Secrets the client sent are already scrubbed from the text.
/// </summary>
/// <param name="MessageId">The registry message id, e.g. <c>Base.1.8.PropertyValueFormatError</c>.</param>
/// <param name="Message">The device's text.</param>
/// <param name="RelatedProperties">JSON pointers of the properties concerned, e.g. <c>#/SMTP/ServerAddress</c>.</param>
/// <param name="Severity">The device's severity (<c>Warning</c>, <c>Critical</c>), or null.</param>
/// <param name="Resolution">What the device suggests, or null.</param>
public sealed record RedfishMessage(string MessageId, string Message, IReadOnlyList<string> RelatedProperties, string? Severity, string? Resolution);
