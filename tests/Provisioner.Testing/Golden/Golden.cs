using System.Runtime.CompilerServices;

namespace Provisioner.Testing.Golden;

/// <summary>
/// Compares text with a committed golden file. With <c>PROVISIONER_UPDATE_GOLDEN=1</c> in the
/// environment it rewrites the file instead (then review the diff and commit it). Line endings are
/// normalised to <c>\n</c>; a missing file fails with instructions.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that turns comparison into rewriting.</summary>
    public const string UpdateVariable = "PROVISIONER_UPDATE_GOLDEN";

    /// <summary>True when golden files are being rewritten.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file at <paramref name="path"/>.</summary>
    /// <param name="actual">The produced text.</param>
    /// <param name="path">The golden file, relative to the calling source file's directory (or absolute).</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, so golden files live in the source tree.</param>
    public static void AssertMatches(string actual, string path, [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(callerFile) ?? ".", path);
        var normalised = Normalise(actual);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, normalised);
            return;
        }

        Assert.True(File.Exists(full), $"Golden file {full} is missing. Run the tests with {UpdateVariable}=1 to create it, review it, and commit it.");
        var expected = Normalise(File.ReadAllText(full));
        if (!string.Equals(expected, normalised, StringComparison.Ordinal))
        {
            var line = FirstDifferentLine(expected, normalised);
            Assert.Fail($"Output differs from golden file {full} at line {line.Number}:\n  expected: {line.Expected}\n  actual:   {line.Actual}\nIf the change is intended, run with {UpdateVariable}=1 and commit the new file.");
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end of file)";
            var al = i < a.Length ? a[i] : "(end of file)";
            if (!string.Equals(el, al, StringComparison.Ordinal))
            {
                return (i + 1, el, al);
            }
        }

        return (0, string.Empty, string.Empty);
    }
}
