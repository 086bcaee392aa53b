using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>
/// A command's answer: success or failure with the array's message, and the objects of an XML answer. Keyed on the
/// status, never on message text: the XML <c>status</c> object's <c>response-type</c> / <c>return-code</c> (Verified
/// envelope, reference §6), or in human output the <c>Success:</c> / <c>Error:</c> line (reference §6, addendum §1.4).
/// </summary>
/// <param name="Succeeded">True for <c>Success</c> with return code 0.</param>
/// <param name="Message">The array's message, e.g. <c>Command completed successfully. (…)</c>.</param>
/// <param name="Objects">The objects other than <c>status</c>, in order; empty for human output.</param>
internal sealed partial record DotHillResponse(bool Succeeded, string Message, IReadOnlyList<DotHillObject> Objects)
{
    /// <summary>The first object named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The object name or base type.</param>
    /// <returns>The object or null.</returns>
    public DotHillObject? Find(string name) => Objects.FirstOrDefault(o => o.Is(name));

    /// <summary>Parses a command's output (echo and prompt already removed).</summary>
    /// <param name="output">The output.</param>
    /// <param name="shown">The command as it may be shown (secrets masked), for messages.</param>
    /// <param name="endpoint">The endpoint, for messages.</param>
    /// <returns>The response.</returns>
    /// <exception cref="DeviceProtocolException">No status: not a Dot Hill CLI, or XML that does not parse.</exception>
    public static DotHillResponse Parse(string output, string shown, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(output);
        var start = output.IndexOf("<RESPONSE", StringComparison.Ordinal);
        return start >= 0 ? ParseXml(output, start, shown, endpoint) : ParseHuman(output, shown, endpoint);
    }

    private static DotHillResponse ParseXml(string output, int start, string shown, string endpoint)
    {
        var end = output.LastIndexOf("</RESPONSE>", StringComparison.Ordinal);
        XElement root;
        try
        {
            if (end < start)
            {
                throw new XmlException("no </RESPONSE>");
            }

            root = XElement.Parse(output[start..(end + "</RESPONSE>".Length)], LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new DeviceProtocolException($"SSH at {endpoint}: `{shown}` answered XML that does not parse ({ex.Message}).", ex) { Endpoint = endpoint, Operation = shown };
        }

        var objects = root.Descendants("OBJECT").Select(o =>
        {
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in o.Elements("PROPERTY"))
            {
                properties.TryAdd((string?)p.Attribute("name") ?? string.Empty, p.Value.Trim());
            }

            var name = (string?)o.Attribute("name") ?? string.Empty;
            return new DotHillObject(name, (string?)o.Attribute("basetype") ?? name, properties);
        }).ToList();
        var status = objects.LastOrDefault(o => o.Is(DotHillCommands.Status.Object))
            ?? throw new DeviceProtocolException($"SSH at {endpoint}: `{shown}` answered XML without a status object.") { Endpoint = endpoint, Operation = shown };
        var type = status.Get(DotHillCommands.Status.ResponseType) ?? string.Empty;
        var code = int.TryParse(status.Get(DotHillCommands.Status.ReturnCode), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? c : -1;
        var ok = string.Equals(type, "Success", StringComparison.OrdinalIgnoreCase) && code == 0;
        return new DotHillResponse(ok, status.Get(DotHillCommands.Status.Response) ?? type, [.. objects.Where(o => !o.Is(DotHillCommands.Status.Object))]);
    }

    private static DotHillResponse ParseHuman(string output, string shown, string endpoint)
    {
        var match = ResultLine().Match(output);
        return match.Success
            ? new DotHillResponse(match.Groups["type"].Value == "Success", match.Groups["message"].Value.Trim(), [])
            : throw new DeviceProtocolException($"SSH at {endpoint}: `{shown}` answered without a Success: or Error: line. Check that the device is an HPE MSA or Dell PowerVault ME array.") { Endpoint = endpoint, Operation = shown };
    }

    [GeneratedRegex(@"^(?<type>Success|Error):[ \t]*(?<message>.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ResultLine();
}
