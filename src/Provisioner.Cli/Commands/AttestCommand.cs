using System.CommandLine;
using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Core;
using Provisioner.Inventory.Attestations;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner attest INVENTORY --device NAME --setting KEY [--by WHO]</c>: records in the inventory's
/// attestations file that a manual step is done for the value the inventory wants now.
/// </summary>
internal static class AttestCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var inventory = SharedOptions.Inventory();
        var device = new Option<string>("--device") { Description = "The device the step was done on (its inventory name).", HelpName = "NAME", Required = true };
        var setting = new Option<string>("--setting") { Description = "The setting set by hand, as plan names it, e.g. smtp.from.", HelpName = "KEY", Required = true };
        var by = new Option<string?>("--by") { Description = "Who set it (default: the user running this command).", HelpName = "WHO" };
        var command = new Command("attest", $"Record that a manual step is done: the device holds the inventory's current value of the setting. Kept in {AttestationFile.FileName} with the inventory; plan, apply and diff then stay quiet about the step until the inventory's value changes. Touches no device. Exit 0 when recorded, 3 on inventory errors (or a broken attestations file), 4 on a usage error (an unknown device or setting, or one that is not a manual step).")
        {
            inventory,
            device,
            setting,
            by,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetRequiredValue(inventory);
            var loaded = await InventoryInput.LoadAsync(session, path, cancellationToken);
            if (loaded.Inventory is not { } model)
            {
                InventoryInput.PrintToError(session, loaded.Diagnostics);
                await session.Error.WriteLineAsync($"{path}: the inventory has errors; nothing recorded. Fix them (see 'provisioner lint {path}').");
                return ExitCodes.InventoryErrors;
            }

            var name = parseResult.GetRequiredValue(device);
            if (model.Devices.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal)) is not { } target)
            {
                await session.Error.WriteLineAsync($"error: --device {name}: no such device in {path}.");
                return ExitCodes.UsageError;
            }

            var keyName = parseResult.GetRequiredValue(setting);
            if (await CheckSettingAsync(session, target.DriverId, name, keyName) is not { } key)
            {
                return ExitCodes.UsageError;
            }

            var file = AttestationFile.PathFor(path);
            var existing = await AttestationFile.LoadAsync(file, cancellationToken);
            if (existing.Diagnostics.HasErrors)
            {
                InventoryInput.PrintToError(session, existing.Diagnostics);
                await session.Error.WriteLineAsync($"{file}: the attestations file has errors; nothing recorded. Fix it first.");
                return ExitCodes.InventoryErrors;
            }

            var value = ManualStepAttestation.ValueOf(target.Desired, key)!;
            var who = parseResult.GetValue(by) is { Length: > 0 } given ? given : Environment.UserName;
            var entry = new Attestation(name, key, value, who, TimeProvider.System.GetUtcNow());
            var kept = existing.Attestations.Where(a => !(a.Device == name && a.Setting == key));
            await AttestationWriter.SaveAsync(file, [.. kept, entry], cancellationToken);
            await session.Out.WriteLineAsync($"Recorded in {file}: {key.Name} on {name} was set by hand to {value} (by {who}, {entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC). plan, apply and diff stay quiet about it until the inventory's value changes.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The key, when it names a non-secret setting that the device's driver leaves to a person (a driver
    /// described by a mapping file is not known before its file is read, and is trusted); null after printing why not.
    /// </summary>
    private static async Task<SettingKey?> CheckSettingAsync(CommandSession session, string driverId, string device, string name)
    {
        var attestable = SettingKey.All.Where(k => k.Type != SettingType.Secret).Select(k => k.Name);
        if (!SettingKey.TryParse(name, out var key) || key.Type == SettingType.Secret)
        {
            await session.Error.WriteLineAsync($"error: --setting {name}: not a setting that can be attested. Use one of {string.Join(", ", attestable)}.");
            return null;
        }

        var descriptor = BuiltInDrivers.Descriptors.FirstOrDefault(d => string.Equals(d.Id, driverId, StringComparison.Ordinal));
        switch (descriptor?.Find(key))
        {
            case null when descriptor is not null:
                await session.Error.WriteLineAsync($"error: {device} ({driverId}) has no manual step for {key.Name}: the driver does not manage it (see 'provisioner drivers'), so there is nothing to record.");
                return null;
            case { Access: SettingAccess.ReadOnly, ManualStep: not null } or null:
                return key;
            default:
                await session.Error.WriteLineAsync($"error: {device} ({driverId}) takes {key.Name} over its API: 'provisioner apply' sets and verifies it, so there is no manual step to record.");
                return null;
        }
    }
}
