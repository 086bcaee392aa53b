using System.CommandLine;
using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Discovery;
using Provisioner.Inventory.Skeleton;
using Spectre.Console;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner discover --range CIDR [--range ...] (--credentials NAME --inventory DIR | --community REF | --user ...)</c>:
/// probes ranges over SNMP, identifies every answering device and writes an inventory skeleton for the site.
/// </summary>
internal static class DiscoverCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var o = new DiscoverOptions();
        var command = new Command("discover", $"Probe IPv4 ranges over SNMP (at most a /{Ipv4Range.WidestPrefix} each), identify each answering device by sysObjectID and sysDescr against every driver's identity rule, and write an inventory skeleton for the site: names from sysName, kinds and categories from the driver, values to fill in marked {InventorySkeletonWriter.Marker}. Exit 0 when the skeleton is written, 3 when the inventory of --credentials has errors, 4 on a usage error.");
        o.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            try
            {
                return await RunAsync(session, o.Read(parseResult), cancellationToken);
            }
            catch (ArgumentException ex)
            {
                await session.Error.WriteLineAsync(ex.Message);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, DiscoverOptions.Values values, CancellationToken cancellationToken)
    {
        var ranges = SiteDiscovery.ParseRanges(values.Ranges);
        var (credentials, yaml, failed) = await CredentialsAsync(session, values, cancellationToken);
        if (failed)
        {
            return ExitCodes.InventoryErrors;
        }

        var request = new DiscoveryRequest
        {
            Ranges = ranges,
            Credentials = credentials!,
            Secrets = new EnvironmentSecretResolver(session.Context.Environment),
            Port = values.Port,
            Timeout = TimeSpan.FromSeconds(values.TimeoutSeconds),
            Parallel = values.Parallel,
        };
        session.Log.Information("Probing {Ranges}, {Parallel} at a time", string.Join(", ", ranges), values.Parallel);
        SiteScan scan;
        try
        {
            scan = await SiteDiscovery.ScanAsync(request, BuiltInDrivers.Descriptors, cancellationToken);
        }
        catch (Exception ex) when (ex is DeviceException or SecretResolutionException)
        {
            await session.Error.WriteLineAsync(ex.Message);
            return ExitCodes.UsageError;
        }

        var skeleton = InventorySkeletonWriter.Write(SkeletonDevices.From(scan.Devices), new SkeletonOptions
        {
            SiteId = values.Site,
            Ranges = [.. ranges.Select(r => r.ToString())],
            Port = values.Port,
            CredentialsName = credentials!.Name,
            CredentialsYaml = yaml,
            SiteOnly = values.Inventory is not null,
        });
        if (values.Out is { } file)
        {
            await File.WriteAllTextAsync(file, skeleton, cancellationToken);
            Summary(session.Console, scan, file);
        }
        else
        {
            await session.Out.WriteAsync(skeleton);
        }

        return ExitCodes.Ok;
    }

    private static async Task<(CredentialSet? Set, string? Yaml, bool Failed)> CredentialsAsync(CommandSession session, DiscoverOptions.Values values, CancellationToken cancellationToken)
    {
        if (values.Credentials is { } name)
        {
            var directory = values.Inventory ?? throw new ArgumentException("--credentials NAME takes the set from an inventory: give --inventory DIR too, or give --community env:NAME / --user for a new site.");
            var loaded = await InventoryInput.LoadAsync(session, directory, cancellationToken);
            if (loaded.Inventory is not { } inventory)
            {
                InventoryInput.PrintToError(session, loaded.Diagnostics);
                return (null, null, true);
            }

            return inventory.Credentials.TryGetValue(name, out var set)
                ? (set with { Name = name }, null, false)
                : throw new ArgumentException($"The inventory {directory} has no credential set '{name}'; it has: {string.Join(", ", inventory.Credentials.Keys)}.");
        }

        if (values.Community is { } community)
        {
            var (set, yaml) = DiscoveryCredentials.Community(community);
            return (set, yaml, false);
        }

        if (values.User is { } user)
        {
            var (set, yaml) = DiscoveryCredentials.V3(user, values.AuthProtocol, values.AuthPassword, values.PrivProtocol, values.PrivPassword);
            return (set, yaml, false);
        }

        throw new ArgumentException("Say how to log in: --credentials NAME --inventory DIR, --community env:NAME (SNMPv2c), or --user NAME with --auth-protocol/--auth-password and --priv-protocol/--priv-password (SNMPv3).");
    }

    private static void Summary(IAnsiConsole console, SiteScan scan, string file)
    {
        var table = new Table().AddColumns("Address", "sysName", "Driver", "sysObjectID", "Note");
        foreach (var d in scan.Devices)
        {
            table.AddRow(d.Address.ToString(), Markup.Escape(d.System.SysName ?? string.Empty), Markup.Escape(d.DriverId ?? "(unknown)"), Markup.Escape(d.System.SysObjectId ?? string.Empty), Markup.Escape(d.Note));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{scan.Devices.Count} of {scan.Probed} addresses answered; {scan.Identified} identified. Skeleton written to {file}: fill in every {InventorySkeletonWriter.Marker}, then run provisioner lint."));
    }
}
