namespace Provisioner.Inventory.Files;

/// <summary>
/// Reads a whole file only when it is a regular file and no longer than a limit, so that a path that
/// names a FIFO (blocks forever), a device such as <c>/dev/zero</c> (never ends) or a directory is refused
/// before it is opened. Messages name the path, never the content.
/// </summary>
public static class BoundedFileReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or null and the problem (what is wrong and what to do).</returns>
    public static async Task<(byte[]? Bytes, string? Problem)> ReadAsync(string path, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Refusal(path) is { } refusal)
        {
            return (null, refusal);
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[maxBytes + 1];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return total > maxBytes
                    ? (null, $"it is larger than {maxBytes:N0} bytes, the most accepted here")
                    : (buffer[..total], null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{ex.GetType().Name}: check that the file exists and is readable by this user");
        }
    }

    /// <summary>Reads <paramref name="path"/> synchronously (secret resolution is synchronous).</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <returns>The bytes, or null and the problem.</returns>
    public static (byte[]? Bytes, string? Problem) Read(string path, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Refusal(path) is { } refusal)
        {
            return (null, refusal);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[maxBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer.AsSpan(total))) > 0)
            {
                total += read;
            }

            return total > maxBytes ? (null, $"it is larger than {maxBytes:N0} bytes, the most accepted here") : (buffer[..total], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{ex.GetType().Name}: check that the file exists and is readable by this user");
        }
    }

    /// <summary>Why <paramref name="path"/> must not be opened, or null when it is a regular file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Refusal(string path) => FileProbe.Probe(path).Kind switch
    {
        FileKind.Regular => null,
        FileKind.Missing => "it does not exist",
        FileKind.Directory => "it is a directory, not a file",
        FileKind.BrokenLink => "it is a symbolic link that loops or cannot be followed",
        _ => "it is not a regular file (a FIFO, socket or device); only regular files are read",
    };
}
