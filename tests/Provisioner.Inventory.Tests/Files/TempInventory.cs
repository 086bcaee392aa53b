using System.Diagnostics;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Files;

/// <summary>A temporary inventory directory holding the minimal inventory, with helpers to add awkward entries.</summary>
internal sealed class TempInventory : IDisposable
{
    public TempInventory()
    {
        Root = Path.Combine(Path.GetTempPath(), "inv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("inventory.yaml", Examples.MinimalText);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Fifo(string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public string Link(string relative, string target)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    public void Dispose()
    {
        // A recursive delete removes links themselves and never follows them.
        Directory.Delete(Root, recursive: true);
    }
}
