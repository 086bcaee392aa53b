using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Core;
using Provisioner.Inventory;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Running;

/// <summary>Turns inventory devices into engine targets, aimed at a lab when a lab map is given.</summary>
internal static class TargetBuilder
{
    /// <summary>The engine target of <paramref name="device"/> at its real address.</summary>
    public static DeviceTarget From(Device device) => new()
    {
        Name = device.Name,
        Site = device.SiteId,
        Kind = InventoryNames.Kinds.First(k => k.Value == device.Kind).Key,
        DriverId = device.DriverId,
        Address = device.Address,
        Port = device.Port,
        Credentials = device.Credentials ?? new CredentialSet(),
        Desired = device.Desired,
    };

    /// <summary>
    /// Re-aims <paramref name="targets"/> at the lab of <paramref name="map"/>; devices the lab does not
    /// simulate are left out of the run (a lab run never touches a real device), named on standard error
    /// and added to <paramref name="notSimulated"/> so the report can list them.
    /// </summary>
    public static IReadOnlyList<DeviceTarget> AimAtLab(CommandSession session, IReadOnlyList<DeviceTarget> targets, LabMap map, List<DeviceTarget>? notSimulated = null)
    {
        var aimed = new List<DeviceTarget>(targets.Count);
        foreach (var target in targets)
        {
            if (map.Find(target.Name) is { } entry)
            {
                aimed.Add(target with { Address = entry.Address, Port = entry.Port });
            }
            else
            {
                session.Error.WriteLine($"warning: {target.Name} ({target.DriverId}) is not simulated by the lab ({NotSimulatedResult.Why(target)}); it is reported as skipped.");
                notSimulated?.Add(target);
            }
        }

        return aimed;
    }
}
