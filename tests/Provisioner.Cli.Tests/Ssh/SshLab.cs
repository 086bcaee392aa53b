using Provisioner.Cli.Demo;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Ssh;

/// <summary>A copy of the example demo inventory (with its APC card over SSH) in a temporary folder, and the demo's secrets.</summary>
internal sealed class SshLab : IDisposable
{
    public const string Card = "UPS-DEMO-10";

    public SshLab()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("provisioner-ssh-lab-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(CliRun.ExampleDemo, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(CliRun.ExampleDemo, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string MapPath => Path.Combine(Directory, ".provisioner", "lab.json");

    public static Dictionary<string, string> Environment(string? sshd = null)
    {
        var environment = DemoInventory.Secrets.ToDictionary(p => p.Key, p => p.Value);
        if (sshd is not null)
        {
            environment["PROVISIONER_LAB_SSHD"] = sshd;
        }

        return environment;
    }

    /// <summary>Waits until 'lab up' wrote its map (or ended).</summary>
    public async Task WaitForMapAsync(Task<CliRun.Result> up)
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!File.Exists(MapPath) && !up.IsCompleted)
        {
            await Task.Delay(100, wait.Token);
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
