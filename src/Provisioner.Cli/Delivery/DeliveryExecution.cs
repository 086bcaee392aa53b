using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Core;
using Provisioner.Delivery;
using Provisioner.Drivers.SnmpMapped;
using Provisioner.Drivers.SnmpMapped.Model;

namespace Provisioner.Cli.Delivery;

/// <summary>What <c>provisioner test</c> and <c>demo</c>'s test-mail step share: trigger with the built-in drivers, watch the mailbox.</summary>
internal static class DeliveryExecution
{
    /// <summary>Runs the delivery test of <paramref name="candidates"/> against <paramref name="mailbox"/>.</summary>
    public static async Task<DeliveryResult> RunAsync(
        CommandSession session, IReadOnlyList<DeliveryCandidate> candidates, IReadOnlyList<MappingDefinition> mapped, IMailboxReader mailbox, ISecretResolver secrets, SecretRedactor redactor, DeliveryTestOptions options, CancellationToken cancellationToken)
    {
        await using var transports = TransportServices.Create(session.Log);
        var drivers = BuiltInDrivers.Catalog(transports, mapped.Select(m => new MappedSnmpDriver(m, transports.Snmp)));
        session.Log.Information("Testing delivery of {Count} device(s); watching {Mailbox}", candidates.Count, mailbox.Description);
        return await new DeliveryTester(drivers, secrets, redactor, TimeProvider.System).RunAsync(candidates, mailbox, options, cancellationToken).ConfigureAwait(false);
    }
}
