namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>Splits a read-out into <c>Label: value</c> pairs (fixture <c>apcos_config_smtp.cfg</c>: <c>:</c> + TAB, labels indented).</summary>
internal static class NmcReadout
{
    /// <summary>The pairs in order; lines without a colon are skipped; labels and values are trimmed.</summary>
    /// <param name="body">The lines after the result code.</param>
    /// <returns>The pairs.</returns>
    public static IEnumerable<(string Label, string Value)> Pairs(string body)
    {
        foreach (var line in body.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                yield return (line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
    }
}
