using System.Globalization;
using System.Net;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Eaton.Sc200;

namespace Provisioner.Benchmarks.Scale;

/// <summary>The inventory side of the benchmark: one <see cref="DeviceTarget"/> per lab device, in 40 sites.</summary>
internal static class ScaleFleet
{
    /// <summary>How many sites the fleet is spread over.</summary>
    public const int Sites = 40;

    /// <summary>The relay every device should send through.</summary>
    public const string Relay = "10.6.0.25";

    /// <summary>Builds the targets aimed at the lab endpoints.</summary>
    public static IReadOnlyList<DeviceTarget> Targets(IReadOnlyList<(string Name, IPEndPoint Endpoint)> devices, string version)
    {
        var credentials = ScaleCredentials.Set(version);
        var targets = new DeviceTarget[devices.Count];
        for (var i = 0; i < devices.Count; i++)
        {
            var (name, endpoint) = devices[i];
            targets[i] = new DeviceTarget
            {
                Name = name,
                Site = string.Create(CultureInfo.InvariantCulture, $"site-{i % Sites:D2}"),
                Kind = "dc-power",
                DriverId = Sc200Descriptor.Id,
                Address = endpoint.Address.ToString(),
                Port = endpoint.Port,
                Credentials = credentials,
                Desired = Desired(name),
            };
        }

        return targets;
    }

    /// <summary>What device <paramref name="name"/> should hold.</summary>
    public static NotificationSettings Desired(string name) => new()
    {
        RelayAddress = Relay,
        FromAddress = $"{name}@contoso.com",
        Recipients = [new Recipient("alerts-power@contoso.com"), new Recipient("alerts-critical@contoso.com", AlertSeverity.Critical)],
        MinimumSeverity = AlertSeverity.Warning,
    };
}
