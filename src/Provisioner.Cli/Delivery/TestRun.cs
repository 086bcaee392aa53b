using System.Net;
using Provisioner.Abstractions;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Running;
using Provisioner.Core;
using Provisioner.Delivery;
using Provisioner.Drivers.SnmpMapped;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Delivery;

/// <summary>
/// <c>provisioner test</c> end to end: the same preparation as plan and apply (lint, filters, mapping files,
/// lab aiming; errors stop before any device is touched), the verification mailbox and its password, then
/// the delivery test and the report.
/// </summary>
internal static class TestRun
{
    /// <summary>Runs the command and returns its exit code.</summary>
    public static async Task<int> ExecuteAsync(CommandSession session, RunSettings settings, TestRunFlags flags, CancellationToken cancellationToken)
    {
        var mapped = new List<MappingDefinition>();
        var (targets, _, refused) = await RunPipeline.PrepareAsync(session, settings, mapped, [], cancellationToken).ConfigureAwait(false);
        if (targets is null)
        {
            return refused;
        }

        var model = (await InventoryInput.LoadAsync(session, settings.Inventory, cancellationToken).ConfigureAwait(false)).Inventory!;
        if (flags.Awaited.FirstOrDefault(a => !targets.Any(t => string.Equals(t.Name, a, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            await session.Error.WriteLineAsync($"error: --await {unknown}: no selected device has that name; use a device name from the inventory.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (model.Verification is not { } verification)
        {
            await session.Error.WriteLineAsync($"{settings.Inventory}: the inventory has no 'verification' section, so there is no mailbox to watch; add one (host, user, password reference, folder: see docs/testing-delivery.md). No device was contacted.").ConfigureAwait(false);
            return ExitCodes.InventoryErrors;
        }

        var secrets = new EnvironmentSecretResolver(session.Context.Environment);
        if (!await SecretPreflight.CheckAsync(session, targets, InventoryPreflight.ById(mapped.Select(MappedDescriptorBuilder.Build)), secrets).ConfigureAwait(false))
        {
            return ExitCodes.InventoryErrors;
        }

        var redactor = new SecretRedactor();
        Secret password;
        try
        {
            password = secrets.Resolve(verification.Password);
            redactor.Register(password);
        }
        catch (SecretResolutionException ex)
        {
            await session.Error.WriteLineAsync($"{verification.Sources.Self}: verification.password: {ex.Message}; no device was contacted.").ConfigureAwait(false);
            return ExitCodes.InventoryErrors;
        }

        var relayMap = await LabRelayAsync(settings, cancellationToken).ConfigureAwait(false);
        var options = new DeliveryTestOptions
        {
            Timeout = flags.TimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : verification.Timeout,
            Parallel = Math.Max(1, settings.Parallel),
            Cleanup = flags.Cleanup,
            ViaRelay = flags.ViaRelay ? new RelayTestSender(new RedactingSecretResolver(secrets, redactor), relayMap) : null,
        };
        await using var mailbox = new ImapMailboxReader(new ImapMailboxOptions
        {
            Host = verification.Host,
            Port = verification.Port,
            Security = verification.Security,
            User = verification.User,
            Password = password,
            Folder = verification.Folder,
            CertificatePin = verification.CertificatePin,
        });
        var candidates = DeliveryCandidates.Build(model, targets, settings.Inventory, flags.Awaited.Select(a => targets.First(t => string.Equals(t.Name, a, StringComparison.OrdinalIgnoreCase)).Name).ToHashSet(StringComparer.Ordinal));
        var result = await DeliveryExecution.RunAsync(session, candidates, mapped, mailbox, secrets, redactor, options, cancellationToken).ConfigureAwait(false);
        await DeliveryOutput.WriteAsync(session, result, settings.Output, settings.Report, CancellationToken.None).ConfigureAwait(false);
        return result.AllDelivered ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>With <c>--lab</c>, <c>--via-relay</c> sends to the lab's stand-in for the relay, never to the real one.</summary>
    private static async Task<Func<string, int, IPEndPoint?>?> LabRelayAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.LabMap is not { } path)
        {
            return null;
        }

        var map = await LabMap.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        var capture = IPEndPoint.TryParse(map.SmtpCapture ?? string.Empty, out var endpoint) ? endpoint : null;
        return (_, _) => capture;
    }
}
