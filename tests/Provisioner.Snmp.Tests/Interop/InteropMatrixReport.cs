using System.Globalization;
using System.Text;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// The results of running a matrix in one direction (e.g. "SnmpClient → snmpd"), rendered as a
/// Markdown table for the test output and written to <c>TestResults/snmp-interop/</c>.
/// </summary>
/// <param name="Title">The direction, e.g. <c>Provisioner SnmpClient → net-snmp snmpd 5.9.3</c>.</param>
/// <param name="Cells">Every (row, operation) outcome.</param>
internal sealed record InteropMatrixReport(string Title, IReadOnlyList<InteropCellResult> Cells)
{
    /// <summary>The cells that failed.</summary>
    public IReadOnlyList<InteropCellResult> Failures => [.. Cells.Where(c => !c.Passed)];

    /// <summary>Renders the table: one line per row, one column per operation (ok, FAIL or n/a).</summary>
    /// <returns>Markdown text.</returns>
    public string RenderTable()
    {
        var operations = Enum.GetValues<InteropOperation>();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {Title}");
        text.AppendLine();
        text.AppendLine("| Version / auth / priv | Level | " + string.Join(" | ", operations) + " |");
        text.AppendLine("|---|---|" + string.Concat(operations.Select(_ => "---|")));
        foreach (var row in Cells.Select(c => c.Case).Distinct())
        {
            var marks = operations.Select(op => Cells.FirstOrDefault(c => c.Case == row && c.Operation == op) switch
            {
                null => "n/a",
                { Passed: true } => "ok",
                _ => "FAIL",
            });
            var level = row.Version == "3" ? row.SecurityLevel : "community";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Label} | {level} | {string.Join(" | ", marks)} |");
        }

        var failures = Failures;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Cells.Count - failures.Count} of {Cells.Count} operations passed.");
        foreach (var failure in failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {failure.Case.Label} {failure.Operation}: {failure.Failure}");
        }

        return text.ToString();
    }

    /// <summary>Writes the table to <c>TestResults/snmp-interop/&lt;fileName&gt;.md</c> at the repository root.</summary>
    /// <param name="fileName">The file name without extension.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    public async Task<string> WriteAsync(string fileName, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(FindRepositoryRoot(), "TestResults", "snmp-interop");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName + ".md");
        await File.WriteAllTextAsync(path, RenderTable(), cancellationToken);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Provisioner.sln")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
