using System.Management.Automation.Language;

namespace Provisioner.Mail.Tests;

/// <summary>Parses PowerShell with the real parser and fails on any parse error.</summary>
internal static class PowerShellSyntax
{
    public static ScriptBlockAst ParseOrFail(string script, string name)
    {
        var ast = Parser.ParseInput(script, name, out _, out var errors);
        Assert.True(errors.Length == 0, $"{name} has PowerShell parse errors:\n" + string.Join("\n", errors.Select(e => $"{e.Extent.StartLineNumber}:{e.Extent.StartColumnNumber}: {e.Message}")));
        return ast;
    }
}
