using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// A real net-snmp <c>snmpd</c> started for one test class: <c>snmpd -f -Lo -C -c &lt;conf&gt;</c>
/// on a free ephemeral port of 127.0.0.1 and [::1], with its own persistent directory. Disposing
/// stops the process and deletes the directory.
/// </summary>
internal sealed class SnmpdInstance : IAsyncDisposable
{
    private const string ReadyLine = "NET-SNMP version";
    private readonly Process process;
    private readonly StringBuilder log;

    private SnmpdInstance(Process process, StringBuilder log, int port, string directory)
    {
        this.process = process;
        this.log = log;
        Port = port;
        Directory = directory;
        Environment = new NetSnmpEnvironment(directory);
    }

    /// <summary>The UDP port snmpd listens on, on both loopback addresses.</summary>
    public int Port { get; }

    /// <summary>The private directory holding snmpd.conf and snmpd's persistent state.</summary>
    public string Directory { get; }

    /// <summary>The environment to run net-snmp tools in next to this agent.</summary>
    public NetSnmpEnvironment Environment { get; }

    /// <summary>The IPv4 loopback endpoint.</summary>
    public IPEndPoint EndpointV4 => new(IPAddress.Loopback, Port);

    /// <summary>The IPv6 loopback endpoint.</summary>
    public IPEndPoint EndpointV6 => new(IPAddress.IPv6Loopback, Port);

    /// <summary>What snmpd has logged so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts snmpd with users for <paramref name="cases"/> and waits until it listens.</summary>
    /// <param name="cases">The matrix rows whose users and communities to configure.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running agent.</returns>
    public static async Task<SnmpdInstance> StartAsync(IReadOnlyList<InteropCase> cases, CancellationToken cancellationToken)
    {
        var snmpd = NetSnmpBinaries.Snmpd;
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var directory = CreatePrivateDirectory();
            var port = FreeUdpPort.Find();
            var configPath = Path.Combine(directory, "snmpd.conf");
            await File.WriteAllTextAsync(configPath, SnmpdConfig.Render(port, directory, cases), cancellationToken);
            var instance = Launch(snmpd, configPath, port, directory);
            if (await instance.WaitUntilReadyAsync(cancellationToken))
            {
                return instance;
            }

            failures.AppendLine(CultureInfo.InvariantCulture, $"attempt {attempt} on port {port}: {instance.Log.Trim()}");
            await instance.DisposeAsync();
        }

        throw new InvalidOperationException($"snmpd did not start on loopback after 5 attempts:{System.Environment.NewLine}{failures}");
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp directory is cleaned by the system later.
        }
    }

    /// <summary>
    /// snmpd fsyncs its persistent store about 24 times after every SET; on a VM disk that costs
    /// ~100 ms per SET, so the store goes to tmpfs (/dev/shm) when the machine has it.
    /// </summary>
    private static string CreatePrivateDirectory()
    {
        const string Tmpfs = "/dev/shm";
        if (!System.IO.Directory.Exists(Tmpfs))
        {
            return System.IO.Directory.CreateTempSubdirectory("provisioner-snmpd-").FullName;
        }

        var directory = Path.Combine(Tmpfs, "provisioner-snmpd-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    private static SnmpdInstance Launch(string snmpd, string configPath, int port, string directory)
    {
        var startInfo = new ProcessStartInfo(snmpd)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "-Lo", "-C", "-c", configPath, "-m", string.Empty })
        {
            startInfo.ArgumentList.Add(argument);
        }

        new NetSnmpEnvironment(directory).ApplyTo(startInfo);
        var log = new StringBuilder();
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SnmpdInstance(process, log, port, directory);
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private async Task<bool> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Log.Contains(ReadyLine, StringComparison.Ordinal))
            {
                return !process.HasExited;
            }

            if (process.HasExited)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken);
        }

        return false;
    }
}
