using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Provisioner.Mail.Tests;

/// <summary>
/// One hosted PowerShell runspace with the Exchange stand-ins loaded (ExchangeStandIn.ps1), shared
/// by the tests of a class because opening a runspace is slow.
/// </summary>
public sealed class ExchangeRunspace : IDisposable
{
    private readonly Runspace runspace;

    public ExchangeRunspace()
    {
        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var standIn = Path.Combine(AppContext.BaseDirectory, "Exchange", "ExchangeStandIn.ps1");
        Invoke(ps => ps.AddScript(". " + PowerShellQuote(standIn)));
    }

    /// <summary>The result of running a script: its output objects, warnings and the changes the stand-ins recorded.</summary>
    public sealed record RunResult(IReadOnlyList<PSObject> Output, IReadOnlyList<string> Warnings, IReadOnlyList<string> Changes);

    public void Reset(IEnumerable<string> mailboxes, IEnumerable<string> existingRanges, bool anonymousRelay = true) =>
        Invoke(ps => ps.AddCommand("Reset-ExchangeStandIn")
            .AddParameter("Mailboxes", mailboxes.ToArray())
            .AddParameter("ExistingRanges", existingRanges.ToArray())
            .AddParameter("AnonymousRelay", anonymousRelay));

    public IReadOnlyList<string> State() => Invoke(ps => ps.AddCommand("Get-ExchangeStandInState")).Select(o => o.ToString()).ToList();

    public IReadOnlyList<string> Changes() =>
        Invoke(ps => ps.AddScript("$global:ExchangeState.Changes.ToArray()")).Select(o => o.ToString()).ToList();

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

    public void Dispose() => runspace.Dispose();

    private List<PSObject> Invoke(Action<PowerShell> build)
    {
        using var ps = PowerShell.Create(runspace);
        build(ps);
        var result = ps.Invoke().ToList();
        if (ps.HadErrors && ps.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" | ", ps.Streams.Error));
        }

        return result;
    }

    private static string PowerShellQuote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
