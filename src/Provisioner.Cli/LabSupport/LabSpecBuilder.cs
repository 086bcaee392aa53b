using System.Net;
using Provisioner.Abstractions;
using Provisioner.Inventory;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Security;
using Provisioner.Transport.Snmp;

namespace Provisioner.Cli.LabSupport;

/// <summary>Works out, from an inventory, which devices the lab simulates and with which credentials and relays.</summary>
internal static class LabSpecBuilder
{
    /// <summary>The devices whose driver has a lab model, with their SNMP and HTTP credentials resolved.</summary>
    /// <exception cref="SecretResolutionException">A credential's secret is not set.</exception>
    public static IReadOnlyList<LabDeviceSpec> Specs(IEnumerable<Device> devices, ISecretResolver secrets) =>
        [.. devices.Where(d => LabModelCatalog.Has(d.DriverId)).Select(d => Spec(d, secrets))];

    /// <summary>One line per driver without a lab model, naming the devices the lab therefore does not simulate; empty when it simulates them all.</summary>
    public static IReadOnlyList<string> DescribeUnsimulated(IEnumerable<Device> devices) =>
        [.. devices.Where(d => !LabModelCatalog.Has(d.DriverId))
            .GroupBy(d => d.DriverId, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"not simulated: driver {g.Key} has no lab model: {string.Join(", ", g.Select(d => d.Name))}. 'plan'/'apply'/'diff --lab' report {(g.Count() == 1 ? "it" : "them")} as skipped.")];

    /// <summary>Every relay the devices are told to use, so the SMTP capture can stand in for each.</summary>
    public static IReadOnlyList<IPEndPoint> Relays(IEnumerable<Device> devices) =>
        [.. devices.Select(d => IPAddress.TryParse(d.Desired.RelayAddress, out var a) ? new IPEndPoint(a, d.Desired.RelayPort) : null).OfType<IPEndPoint>().Distinct()];

    private static LabDeviceSpec Spec(Device device, ISecretResolver secrets)
    {
        var snmp = device.Credentials?.Snmp;
        var spec = new LabDeviceSpec(device.Name, device.DriverId, device.Address);
        var accounts = new List<LabHttpAccount>();
        if (device.Credentials?.Http is { User: { } user, Password: { } password })
        {
            accounts.Add(new LabHttpAccount(user, secrets.Resolve(password).Reveal()));
        }

        if (device.Credentials?.Http is { Token: { } token } http)
        {
            // An API-token credential (e.g. a TrueNAS API key): the lab device accepts the token as an account's secret.
            accounts.Add(new LabHttpAccount(http.User ?? "api", secrets.Resolve(token).Reveal()));
        }

        if (accounts.Count > 0)
        {
            spec = spec with { HttpAccounts = accounts };
        }

        if (snmp is null)
        {
            return spec;
        }

        if (snmp.Version != SnmpVersion.V3)
        {
            return snmp.Community is { } community ? spec with { Communities = [secrets.Resolve(community).Reveal()] } : spec;
        }

        return spec with
        {
            Users =
            [
                new UsmUser(
                    snmp.User ?? string.Empty,
                    SnmpProtocolMapping.ToLibrary(snmp.AuthProtocol),
                    snmp.AuthPassword is { } a ? secrets.Resolve(a).Reveal() : null,
                    SnmpProtocolMapping.ToLibrary(snmp.PrivProtocol),
                    snmp.PrivPassword is { } p ? secrets.Resolve(p).Reveal() : null),
            ],
        };
    }
}
