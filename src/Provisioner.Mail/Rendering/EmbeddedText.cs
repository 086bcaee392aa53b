namespace Provisioner.Mail;

/// <summary>Reads the fixed script parts shipped as embedded resources of this assembly.</summary>
internal static class EmbeddedText
{
    /// <summary>Reads the embedded file named <paramref name="fileName"/>, with <c>\n</c> line ends.</summary>
    /// <param name="fileName">The file name, e.g. <c>ExchangeMailLogic.ps1</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">When the resource is missing (a build error).</exception>
    public static string Read(string fileName)
    {
        var assembly = typeof(EmbeddedText).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
