using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Core;

namespace Provisioner.Cli.Running;

/// <summary>
/// Resolves every secret the run's devices need before the first device is contacted, so that an
/// unset variable or an unreadable file stops the whole run (exit 3) instead of failing device by
/// device halfway through an apply. Reports each reference once, never its value, with the devices
/// that use it.
/// </summary>
internal static class SecretPreflight
{
    /// <summary>How many device names a line shows before it says "and N more".</summary>
    public const int NamesShown = 3;

    /// <summary>Resolves the secrets of <paramref name="targets"/>; prints one error per reference that fails.</summary>
    /// <param name="session">The command session (errors go to standard error).</param>
    /// <param name="targets">The devices the run will contact.</param>
    /// <param name="drivers">The descriptors by driver id: a device needs only the credentials of the transports its driver speaks.</param>
    /// <param name="secrets">The resolver the run will use.</param>
    /// <returns>True when every secret resolved.</returns>
    public static async Task<bool> CheckAsync(CommandSession session, IReadOnlyList<DeviceTarget> targets, IReadOnlyDictionary<string, DriverDescriptor> drivers, ISecretResolver secrets)
    {
        var failures = Failures(targets, drivers, secrets);
        foreach (var diagnostic in failures)
        {
            await session.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            await session.Error.WriteLineAsync("    " + diagnostic.Detail).ConfigureAwait(false);
        }

        if (failures.Count > 0)
        {
            await session.Error.WriteLineAsync($"{failures.Count} secret reference(s) cannot be resolved; no device was contacted.").ConfigureAwait(false);
        }

        return failures.Count == 0;
    }

    /// <summary>One error per secret reference that does not resolve, naming the devices that need it.</summary>
    /// <param name="targets">The devices.</param>
    /// <param name="drivers">The descriptors by driver id.</param>
    /// <param name="secrets">The resolver.</param>
    /// <returns>The errors, in the order the references first appear.</returns>
    public static DiagnosticList Failures(IReadOnlyList<DeviceTarget> targets, IReadOnlyDictionary<string, DriverDescriptor> drivers, ISecretResolver secrets)
    {
        var users = new Dictionary<SecretReference, List<string>>();
        foreach (var target in targets)
        {
            foreach (var reference in Needed(target, drivers.GetValueOrDefault(target.DriverId)).Distinct())
            {
                if (!users.TryGetValue(reference, out var names))
                {
                    users[reference] = names = [];
                }

                names.Add(target.Name);
            }
        }

        var failures = new DiagnosticList();
        foreach (var (reference, names) in users)
        {
            try
            {
                secrets.Resolve(reference);
            }
            catch (SecretResolutionException ex)
            {
                var shown = string.Join(", ", names.Take(NamesShown)) + (names.Count > NamesShown ? $" and {names.Count - NamesShown} more" : string.Empty);
                failures.Add(Diagnostic.Error("secret.unresolved", $"Secret {reference} cannot be resolved; {names.Count} device(s) need it: {shown}", ex.Message));
            }
        }

        return failures;
    }

    /// <summary>The references <paramref name="target"/> needs: the SMTP password, and the credentials of the transports its driver speaks (all of them when the driver is unknown).</summary>
    private static IEnumerable<SecretReference> Needed(DeviceTarget target, DriverDescriptor? driver)
    {
        bool Speaks(params DriverTransport[] transports) => driver is null || driver.Transports.Any(transports.Contains);
        IEnumerable<SecretReference?> all =
        [
            target.Desired.AuthPassword,
            .. Speaks(DriverTransport.SnmpV1, DriverTransport.SnmpV2c, DriverTransport.SnmpV3) && target.Credentials.Snmp is { } snmp ? [snmp.Community, snmp.AuthPassword, snmp.PrivPassword] : Array.Empty<SecretReference?>(),
            .. Speaks(DriverTransport.Https) && target.Credentials.Http is { } http ? [http.Password, http.Token] : Array.Empty<SecretReference?>(),
            .. Speaks(DriverTransport.Ssh) && target.Credentials.Ssh is { } ssh ? [ssh.Password, ssh.PrivateKey, ssh.PrivateKeyPassphrase] : Array.Empty<SecretReference?>(),
        ];
        return all.OfType<SecretReference>();
    }
}
