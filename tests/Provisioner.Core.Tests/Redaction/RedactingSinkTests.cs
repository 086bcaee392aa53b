using Provisioner.Abstractions;
using Serilog;

namespace Provisioner.Core.Tests.Redaction;

public sealed class RedactingSinkTests
{
    private const string Canary = "CANARY-log-44e1";

    [Fact]
    public void Emit_SecretInTemplatePropertyAndException_ReachesInnerSinkRedacted()
    {
        var redactor = new SecretRedactor();
        redactor.Register(new Secret(Canary));
        var collected = new CollectingSink();
        using var log = new LoggerConfiguration().WriteTo.Sink(new RedactingSink(collected, redactor)).CreateLogger();
        var failure = new InvalidOperationException("outer " + Canary, new DeviceAuthenticationException("inner " + Canary));

#pragma warning disable CA2254 // The concatenated template is the careless call this sink exists for.
        log.Error(failure, "Login with " + Canary + " as {User} gave {Reply}", "admin", new[] { Canary, "ok" });
#pragma warning restore CA2254

        var text = collected.RenderAll();
        Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: outer [redacted]", text, StringComparison.Ordinal);
        Assert.Contains("Provisioner.Abstractions.DeviceAuthenticationException: inner [redacted]", text, StringComparison.Ordinal);
        Assert.Contains("\"admin\"", text, StringComparison.Ordinal);
    }
}
