using System.Collections;

namespace Provisioner.Abstractions;

/// <summary>
/// An ordered collection of <see cref="Diagnostic"/>s that drops exact duplicates on
/// <see cref="Add"/>, as Terraform's <c>Diagnostics.Append</c> does. Not thread-safe.
/// </summary>
public sealed class DiagnosticList : IReadOnlyList<Diagnostic>
{
    // Most lists stay empty or hold a few entries (one per device step, thousands per run): the list is made on the
    // first Add, and duplicates are found by scanning until the list is long enough for a set to pay.
    private const int ScanLimit = 8;
    private List<Diagnostic>? items;
    private HashSet<Diagnostic>? seen;

    /// <summary>Creates an empty list.</summary>
    public DiagnosticList()
    {
    }

    /// <summary>Creates a list holding <paramref name="diagnostics"/>, duplicates dropped.</summary>
    /// <param name="diagnostics">The initial diagnostics.</param>
    public DiagnosticList(IEnumerable<Diagnostic> diagnostics) => AddRange(diagnostics);

    /// <inheritdoc/>
    public int Count => items?.Count ?? 0;

    /// <inheritdoc/>
    public Diagnostic this[int index] => items is null ? throw new ArgumentOutOfRangeException(nameof(index)) : items[index];

    /// <summary>True when at least one diagnostic has <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool HasErrors => items?.Exists(d => d.Severity == DiagnosticSeverity.Error) == true;

    /// <summary>The diagnostics with <see cref="DiagnosticSeverity.Error"/>, in order.</summary>
    public IEnumerable<Diagnostic> Errors => this.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The diagnostics with <see cref="DiagnosticSeverity.Warning"/>, in order.</summary>
    public IEnumerable<Diagnostic> Warnings => this.Where(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Appends <paramref name="diagnostic"/> unless an equal one is already present.</summary>
    /// <param name="diagnostic">The diagnostic to add.</param>
    /// <returns>True when it was added; false when it was a duplicate.</returns>
    public bool Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        items ??= [];
        if (seen is not null ? !seen.Add(diagnostic) : items.Contains(diagnostic))
        {
            return false;
        }

        items.Add(diagnostic);
        if (seen is null && items.Count >= ScanLimit)
        {
            seen = [.. items];
        }

        return true;
    }

    /// <summary>Appends every diagnostic of <paramref name="diagnostics"/>, duplicates dropped.</summary>
    /// <param name="diagnostics">The diagnostics to add.</param>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics is DiagnosticList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Add(list[i]);
            }

            return;
        }

        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<Diagnostic> GetEnumerator() => items is null ? ((IEnumerable<Diagnostic>)[]).GetEnumerator() : items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
