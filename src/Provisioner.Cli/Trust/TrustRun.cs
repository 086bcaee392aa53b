using Provisioner.Abstractions;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Cli.Options;
using Provisioner.Cli.Running;
using Provisioner.Core;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Trust;

/// <summary>
/// The whole of <c>provisioner trust</c>: load and lint the inventory, select, read the store, probe every
/// HTTPS device, show what each presents, record confirmed ones, and choose the exit code.
/// </summary>
internal static class TrustRun
{
    /// <summary>How many devices are probed at once.</summary>
    private const int Parallel = 8;

    /// <summary>Runs the command with the drivers of this build.</summary>
    public static Task<int> ExecuteAsync(CommandSession session, TrustSettings settings, CancellationToken cancellationToken) =>
        ExecuteAsync(session, settings, InventoryPreflight.ById([]), cancellationToken);

    /// <summary>Runs the command with the drivers described by <paramref name="descriptors"/> (by id) and returns its exit code.</summary>
    public static async Task<int> ExecuteAsync(CommandSession session, TrustSettings settings, IReadOnlyDictionary<string, DriverDescriptor> descriptors, CancellationToken cancellationToken)
    {
        if (await RunPipeline.LoadCheckedAsync(session, settings.Inventory, cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return ExitCodes.InventoryErrors;
        }

        var (devices, selectionCode) = InventoryInput.Select(session, model, settings.Filter);
        if (devices is null)
        {
            return selectionCode;
        }

        LabMap? lab = null;
        if (settings.LabMap is { } mapPath)
        {
            try
            {
                lab = await LabMap.LoadAsync(mapPath, cancellationToken).ConfigureAwait(false);
            }
            catch (LabStateException ex)
            {
                await session.Error.WriteLineAsync($"error: --lab: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }

        if (await KnownPeersInput.LoadAsync(session, settings.Inventory).ConfigureAwait(false) is not { } known)
        {
            return ExitCodes.InventoryErrors;
        }

        var store = lab is null ? known.Certificates : KnownCertificatesFile.Load(LabPaths.KnownCertificates(settings.Inventory));
        if (store.Problems.Count > 0)
        {
            foreach (var problem in store.Problems)
            {
                await session.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            await session.Error.WriteLineAsync("The lab's known_certs has lines that cannot be read; no device was contacted. Correct or delete them.").ConfigureAwait(false);
            return ExitCodes.InventoryErrors;
        }

        var selection = TrustSelection.Of(devices, descriptors, store, lab);
        await TrustNotes.SkippedAsync(session, selection).ConfigureAwait(false);
        if (selection.Https.Count == 0)
        {
            await session.Error.WriteLineAsync($"error: none of the {devices.Count} selected device(s) is reached over HTTPS{(lab is null ? string.Empty : " in that lab")}, so there is no certificate to check; nothing was contacted. Select devices whose driver speaks HTTPS ('provisioner drivers' lists the transports).").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var findings = await CertificateTrustCheck.CheckAsync(selection.Https, settings.Timeout, Parallel, cancellationToken).ConfigureAwait(false);
        return await DecideAsync(session, settings, store, findings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shows the findings, records what the person confirms, and returns the exit code.</summary>
    private static async Task<int> DecideAsync(CommandSession session, TrustSettings settings, KnownCertificatesFile store, IReadOnlyList<TrustFinding> findings, CancellationToken cancellationToken)
    {
        var wanted = findings.Count(f => TrustRecorder.Wants(f, settings.Replace));
        var interactive = session.Context.IsInputTerminal && session.Context.IsTerminal;
        var declined = false;
        if (wanted > 0 && settings.Yes)
        {
            findings = TrustRecorder.Record(findings, store, settings.Replace, DateTimeOffset.UtcNow);
        }
        else if (wanted > 0 && interactive)
        {
            await PrintAsync(session, settings.Output, findings).ConfigureAwait(false);
            if (await ConfirmationQuestion.AskAsync(session.Context, $"Record {wanted} certificate(s) in {store.Path}? [y/N] ", cancellationToken).ConfigureAwait(false))
            {
                findings = TrustRecorder.Record(findings, store, settings.Replace, DateTimeOffset.UtcNow);
                await session.Error.WriteLineAsync($"Recorded {wanted} certificate(s) in {store.Path}.").ConfigureAwait(false);
            }
            else
            {
                declined = true;
                await session.Error.WriteLineAsync($"Declined: nothing was recorded; {store.Path} is unchanged.").ConfigureAwait(false);
            }

            await TrustNotes.AfterAsync(session, settings, store, findings, declined).ConfigureAwait(false);
            return ExitCodeOf(findings, declined, settings.Replace);
        }

        await PrintAsync(session, settings.Output, findings).ConfigureAwait(false);
        await TrustNotes.AfterAsync(session, settings, store, findings, declined).ConfigureAwait(false);
        return ExitCodeOf(findings, declined, settings.Replace);
    }

    /// <summary>
    /// 1 when a device was unreachable or a changed certificate stays unrecorded; else 5 when the person
    /// said no; else 2 when certificates that need recording were not recorded; else 0.
    /// </summary>
    internal static int ExitCodeOf(IReadOnlyList<TrustFinding> findings, bool declined, bool replace)
    {
        if (findings.Any(f => f.Status == TrustStatus.Unreachable || (f.Status == TrustStatus.Changed && !f.Recorded)))
        {
            return ExitCodes.Failure;
        }

        if (declined)
        {
            return ExitCodes.Declined;
        }

        return findings.Any(f => TrustRecorder.Wants(f, replace) && !f.Recorded) ? ExitCodes.ChangesPending : ExitCodes.Ok;
    }

    private static Task PrintAsync(CommandSession session, OutputFormat output, IReadOnlyList<TrustFinding> findings) =>
        session.Out.WriteAsync(output == OutputFormat.Json ? TrustFindingWriter.ToJson(findings) : TrustFindingWriter.ToText(findings));
}
