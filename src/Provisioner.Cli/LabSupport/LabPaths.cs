namespace Provisioner.Cli.LabSupport;

/// <summary>Where a lab started for an inventory keeps its files: <c>&lt;inventory&gt;/.provisioner/</c>.</summary>
internal static class LabPaths
{
    /// <summary>The folder: next to the inventory file, or inside the inventory directory.</summary>
    public static string Folder(string inventory) =>
        Path.Combine(Directory.Exists(inventory) ? inventory : Path.GetDirectoryName(Path.GetFullPath(inventory)) ?? ".", ".provisioner");

    /// <summary>The default address map, <c>.provisioner/lab.json</c>.</summary>
    public static string DefaultMap(string inventory) => Path.Combine(Folder(inventory), "lab.json");

    /// <summary>The file <c>lab down</c> creates to ask the <c>lab up</c> process to stop.</summary>
    public static string StopFile(string map) => map + ".stop";
}
