using System.Globalization;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Benchmarks.NetSnmp;

/// <summary>One GET+SET+GET cycle on sysContact.0 with our <see cref="SnmpClient"/>, checked like the tools loop checks it.</summary>
/// <param name="client">The shared client.</param>
/// <param name="target">snmpd with the credentials under test.</param>
internal sealed class SnmpClientCycle(SnmpClient client, SnmpTarget target)
{
    private static readonly Oid SysContact = Oid.Parse("1.3.6.1.2.1.1.4.0");
    private int counter;

    /// <summary>Runs one cycle; throws when the value does not read back.</summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes after the second get.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var value = OctetString.FromString("client-" + Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture));
        await client.GetAsync(target, [SysContact], cancellationToken);
        await client.SetAsync(target, [new VarBind(SysContact, value)], cancellationToken);
        var after = await client.GetAsync(target, [SysContact], cancellationToken);
        if (after[0].Value is not OctetString)
        {
            throw new InvalidOperationException($"sysContact read back as {after[0]}.");
        }
    }
}
