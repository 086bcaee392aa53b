namespace Provisioner.Lab.Http;

/// <summary>One property a write request carried to a simulated HTTPS device.</summary>
/// <param name="At">When the device received it.</param>
/// <param name="Name">The model's name for the property, e.g. <c>SMTP.ServerAddress</c> or <c>Subscriptions</c> for a created or deleted object.</param>
/// <param name="Value">The value as the request carried it (secrets replaced by <c>***</c>).</param>
/// <param name="Stored">False when the device refused it or a fault made it drop the value after answering success.</param>
public sealed record LabHttpWrite(DateTimeOffset At, string Name, string Value, bool Stored);
