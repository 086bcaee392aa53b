using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Provisioner.Mail.Tests;

/// <summary>
/// A hosted PowerShell runspace with a test-side stand-in script dot-sourced into it, shared by
/// the tests of a class because opening a runspace is slow. The stand-ins record every change in
/// <c>$global:StandInChanges</c>.
/// </summary>
public abstract class StandInRunspace : IDisposable
{
    private readonly Runspace runspace;

    protected StandInRunspace(string standInRelativePath)
    {
        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var standIn = Path.Combine(AppContext.BaseDirectory, standInRelativePath);
        Invoke(ps => ps.AddScript(". '" + standIn.Replace("'", "''", StringComparison.Ordinal) + "'"));
    }

    /// <summary>The result of running a script: its output objects, warnings and the changes the stand-ins recorded.</summary>
    public sealed record RunResult(IReadOnlyList<PSObject> Output, IReadOnlyList<string> Warnings, IReadOnlyList<string> Changes);

    public IReadOnlyList<string> Changes() =>
        Invoke(ps => ps.AddScript("$global:StandInChanges.ToArray()")).Select(o => o.ToString()).ToList();

    public RunResult RunScript(string scriptPath, IDictionary<string, object>? parameters = null)
    {
        var before = Changes().Count;
        using var ps = PowerShell.Create(runspace);
        ps.AddCommand(scriptPath);
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            ps.AddParameter(name, value);
        }

        var output = ps.Invoke();
        if (ps.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException("The script wrote errors: " + string.Join(" | ", ps.Streams.Error));
        }

        return new RunResult(output, ps.Streams.Warning.Select(w => w.Message).ToList(), Changes().Skip(before).ToList());
    }

    public void Dispose()
    {
        runspace.Dispose();
        GC.SuppressFinalize(this);
    }

    protected List<PSObject> Invoke(Action<PowerShell> build)
    {
        using var ps = PowerShell.Create(runspace);
        build(ps);
        var result = ps.Invoke().ToList();
        if (ps.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" | ", ps.Streams.Error));
        }

        return result;
    }
}
