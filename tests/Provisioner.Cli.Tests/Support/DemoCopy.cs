namespace Provisioner.Cli.Tests.Support;

/// <summary>A copy of the demo inventory in a temporary directory, for tests that leave files next to the inventory (run lock, lab map).</summary>
internal sealed class DemoCopy : IDisposable
{
    public DemoCopy()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("provisioner-demo-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(CliRun.Demo, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(CliRun.Demo, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
