using System.Globalization;
using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>
/// The result code a command answers with (reference §7 "Result codes": the first line of every command's output,
/// <c>E000: Success</c>, <c>E102: Parameter Error</c>, …). Keyed on the number, never the text (addendum §2: the case varies).
/// </summary>
/// <param name="Code">The number, e.g. 102.</param>
/// <param name="Text">The text after the colon, e.g. <c>Parameter Error</c>.</param>
/// <param name="Body">The lines after the result code.</param>
internal sealed partial record NmcResult(int Code, string Text, string Body)
{
    /// <summary><c>E000</c>, <c>E001</c> (successfully issued) and <c>E002</c> (reboot required) are successes.</summary>
    public bool Succeeded => Code is >= 0 and < 100;

    /// <summary><c>E102: Parameter Error</c>: the card refused a value.</summary>
    public bool ParameterError => Code == 102;

    /// <summary><c>E002: Reboot required for change to take effect</c>.</summary>
    public bool RebootRequired => Code == 2;

    /// <summary>The code as the card prints it, e.g. <c>E102</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"E{Code:000}");

    /// <summary>Finds the result code in a command's output (the first line that starts with one).</summary>
    /// <param name="output">The output as the shell returned it.</param>
    /// <param name="shown">The command as it may be shown (secrets masked), for the message.</param>
    /// <param name="endpoint">The endpoint, for the message.</param>
    /// <returns>The result.</returns>
    /// <exception cref="DeviceProtocolException">No result code: not an NMC CLI, or a firmware that answers differently.</exception>
    public static NmcResult Parse(string output, string shown, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(output);
        var match = CodeLine().Match(output);
        if (!match.Success)
        {
            throw new DeviceProtocolException($"SSH at {endpoint}: `{shown}` answered without a result code (E000: Success, E102: …). Check that the device is an APC Network Management Card.") { Endpoint = endpoint, Operation = shown };
        }

        var body = output[(match.Index + match.Length)..].TrimStart('\n');
        return new NmcResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value.Trim(), body);
    }

    [GeneratedRegex(NmcCommands.ResultCode, RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CodeLine();
}
