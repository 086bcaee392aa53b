namespace Provisioner.Cli.Running;

/// <summary>The directory the files that live with an inventory are kept in (known_certs, known_hosts, the lab's state).</summary>
internal static class InventoryDirectory
{
    /// <summary>The inventory itself when it is a directory, else the directory of the inventory file.</summary>
    /// <param name="inventory">The inventory path as given on the command line.</param>
    /// <returns>The directory.</returns>
    public static string Of(string inventory) =>
        Directory.Exists(inventory) ? inventory : Path.GetDirectoryName(Path.GetFullPath(inventory)) ?? ".";
}
