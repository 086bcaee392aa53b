namespace Provisioner.Lab.State;

/// <summary>Writes lab files so that a reader (another <c>provisioner</c> process) never sees half a file.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <c>path.partial</c>, then renames it over <paramref name="path"/>, creating the folder first.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="text">The whole content.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var partial = path + ".partial";
        await File.WriteAllTextAsync(partial, text, cancellationToken).ConfigureAwait(false);
        File.Move(partial, path, overwrite: true);
    }
}
