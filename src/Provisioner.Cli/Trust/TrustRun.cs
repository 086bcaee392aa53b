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
/// The whole of <c>provisioner trust</c>: load and lint the inventory, select, read the stores, probe every
/// HTTPS and SSH device, show what each presents, record confirmed ones, and choose the exit code.
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

        var stores = lab is null ? known : new KnownPeers(KnownHostsFile.Load(LabPaths.KnownHosts(settings.Inventory)), KnownCertificatesFile.Load(LabPaths.KnownCertificates(settings.Inventory)));
        if (stores.Problems.Count > 0)
        {
            foreach (var problem in stores.Problems)
            {
                await session.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            await session.Error.WriteLineAsync($"The lab's {KnownPeers.KnownCertificatesFileName} or {KnownPeers.KnownHostsFileName} has lines that cannot be read; no device was contacted. Correct or delete them.").ConfigureAwait(false);
            return ExitCodes.InventoryErrors;
        }

        var selection = TrustSelection.Of(devices, descriptors, stores, lab);
        await TrustNotes.SkippedAsync(session, selection).ConfigureAwait(false);
        if (selection.Candidates.Count == 0)
        {
            await session.Error.WriteLineAsync($"error: none of the {devices.Count} selected device(s) is reached over HTTPS or SSH{(lab is null ? string.Empty : " in that lab")}, so there is no certificate or host key to check; nothing was contacted. Select devices whose driver speaks HTTPS or SSH ('provisioner drivers' lists the transports).").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var findings = await TrustCheck.CheckAsync(selection.Candidates, settings.Timeout, Parallel, cancellationToken).ConfigureAwait(false);
        return await DecideAsync(session, settings, stores, findings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shows the findings, records what the person confirms, and returns the exit code.</summary>
    private static async Task<int> DecideAsync(CommandSession session, TrustSettings settings, KnownPeers stores, IReadOnlyList<TrustFinding> findings, CancellationToken cancellationToken)
    {
        var wanted = findings.Where(f => TrustRecorder.Wants(f, settings.Replace)).ToList();
        var interactive = session.Context.IsInputTerminal && session.Context.IsTerminal;
        var declined = false;
        if (wanted.Count > 0 && settings.Yes)
        {
            findings = TrustRecorder.Record(findings, stores, settings.Replace, DateTimeOffset.UtcNow);
        }
        else if (wanted.Count > 0 && interactive)
        {
            await PrintAsync(session, settings.Output, findings).ConfigureAwait(false);
            if (await ConfirmationQuestion.AskAsync(session.Context, $"Record {TrustRecorder.Describe(wanted, stores)}? [y/N] ", cancellationToken).ConfigureAwait(false))
            {
                findings = TrustRecorder.Record(findings, stores, settings.Replace, DateTimeOffset.UtcNow);
                await session.Error.WriteLineAsync($"Recorded {TrustRecorder.Describe(wanted, stores)}.").ConfigureAwait(false);
            }
            else
            {
                declined = true;
                await session.Error.WriteLineAsync($"Declined: nothing was recorded; {TrustRecorder.Paths(wanted, stores)} unchanged.").ConfigureAwait(false);
            }

            await TrustNotes.AfterAsync(session, settings, stores, findings, declined).ConfigureAwait(false);
            return ExitCodeOf(findings, declined, settings.Replace);
        }

        await PrintAsync(session, settings.Output, findings).ConfigureAwait(false);
        await TrustNotes.AfterAsync(session, settings, stores, findings, declined).ConfigureAwait(false);
        return ExitCodeOf(findings, declined, settings.Replace);
    }

    /// <summary>
    /// 1 when a device was unreachable or a changed certificate or host key stays unrecorded; else 5 when the
    /// person said no; else 2 when certificates or host keys that need recording were not recorded; else 0.
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
