using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>Turns an exception that ended a device's work into an outcome and a redacted diagnostic.</summary>
internal static class FaultClassifier
{
    public static (DeviceOutcome Outcome, Diagnostic Diagnostic) Classify(Exception exception, string device, SecretRedactor redactor)
    {
        var (outcome, code, summary, hint) = exception switch
        {
            DeviceTimeoutException => (DeviceOutcome.Timeout, "device.timeout", "Device did not answer in time", "Check that the device is up and reachable from this host, and the port; raise the timeout for slow cards."),
            DeviceUnreachableException => (DeviceOutcome.Unreachable, "device.unreachable", "Device unreachable", "Check the address, the port, routing and firewalls."),
            DeviceUntrustedException => (DeviceOutcome.Untrusted, "device.untrusted", "Device identity not trusted", "Nothing was sent after the handshake. If the device's certificate or host key changed on purpose, check it and record it with 'provisioner trust'; otherwise treat it as a possible interception."),
            DeviceAuthenticationException => (DeviceOutcome.AuthFailed, "device.authFailed", "Device refused the credentials", "Check the credential set of this device in the inventory and the secret it points at."),
            DeviceProtocolException => (DeviceOutcome.Error, "device.protocol", "Device answered something the driver does not understand", "Check the firmware against the driver's support matrix."),
            OperationCanceledException => (DeviceOutcome.Timeout, "device.timeout", "Device operation timed out", "A transport gave up waiting; check the device and the timeout."),
            SecretResolutionException => (DeviceOutcome.Error, "secret.unresolved", "A secret could not be resolved", "Set the environment variable or create the file the reference names."),
            ReadOnlySessionException => (DeviceOutcome.Error, "engine.readOnlyWrite", "A write was attempted on a read-only session", "This is a bug; please report it. Nothing was written."),
            _ => (DeviceOutcome.Error, "engine.unexpected", "Unexpected failure", "This is a bug in the driver or the engine; please report it with the log."),
        };
        var context = exception is DeviceException d
            ? string.Join(", ", new[] { d.Endpoint is null ? null : "endpoint " + d.Endpoint, d.Operation is null ? null : "during " + d.Operation }.OfType<string>())
            : string.Empty;
        var message = redactor.Redact(exception.Message) ?? string.Empty;
        var detail = $"{exception.GetType().Name}: {message}" + (context.Length > 0 ? $" ({redactor.Redact(context)})" : string.Empty) + ". " + hint;
        return (outcome, new Diagnostic(DiagnosticSeverity.Error, code, summary, detail) { Device = device });
    }
}
