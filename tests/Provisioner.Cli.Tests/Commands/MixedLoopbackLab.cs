using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>
/// A mixed site on loopback for discovery tests: every lab model the lab has (one agent each), plus a
/// net-snmp-like Linux box answering sysObjectID .8072.3.2.10, all on the same UDP port at
/// 127.R.0.1, .2, ... of a random second octet R; the next address stays silent. Nothing else is probed.
/// </summary>
internal sealed class MixedLoopbackLab : IAsyncDisposable
{
    public const string Community = "lab-discover-6a2f";
    public const string NetSnmpName = "nas0";
    private readonly List<SnmpAgent> agents = [];

    private MixedLoopbackLab(byte secondOctet) => SecondOctet = secondOctet;

    public byte SecondOctet { get; }

    public int Port { get; private set; }

    /// <summary>The lab models started, by address, with the driver whose model it is and its sysName.</summary>
    public List<(IPAddress Address, string Driver, string Name)> Models { get; } = [];

    public IPAddress NetSnmpAddress { get; private set; } = IPAddress.None;

    public IPAddress SilentAddress { get; private set; } = IPAddress.None;

    public string Range => $"127.{SecondOctet}.0.0/28";

    public static async Task<MixedLoopbackLab> StartAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var lab = new MixedLoopbackLab((byte)Random.Shared.Next(100, 200));
            try
            {
                lab.Start();
                return lab;
            }
            catch (Exception) when (attempt < 5)
            {
                await lab.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var agent in agents)
        {
            await agent.DisposeAsync();
        }
    }

    private IPAddress Host(int last) => IPAddress.Parse($"127.{SecondOctet}.0.{last}");

    private void Start()
    {
        var host = 1;
        foreach (var driver in LabModelCatalog.DriverIds.Order(StringComparer.Ordinal))
        {
            var name = $"LAB-{driver.Replace('.', '-').ToUpperInvariant()}-{host}";
            if (LabModelCatalog.Create(driver, name, _ => null, new DeviceFaults(), TimeProvider.System) is not ISnmpSimulatedDevice model)
            {
                continue; // discovery probes SNMP only
            }

            Models.Add((Host(host), driver, name));
            Serve(Host(host++), model.Mib);
        }

        NetSnmpAddress = Host(host++);
        var linux = new MibStore();
        linux.AddScalar(Oid.Parse("1.3.6.1.2.1.1.1"), OctetString.FromString("Linux nas0 3.2.101 #42962 Mon May 29 14:34:16 CST 2023 armv7l"));
        linux.AddScalar(Oid.Parse("1.3.6.1.2.1.1.2"), new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.8072.3.2.10")));
        linux.AddScalar(Oid.Parse("1.3.6.1.2.1.1.5"), OctetString.FromString(NetSnmpName));
        Serve(NetSnmpAddress, linux);
        SilentAddress = Host(host);
    }

    private void Serve(IPAddress address, IMibStore store)
    {
        var agent = SnmpAgent.Start(new SnmpAgentOptions { Endpoint = new IPEndPoint(address, Port), ReadOnlyCommunities = [Community] }, store);
        agents.Add(agent);
        Port = agent.LocalEndpoint.Port;
    }
}
