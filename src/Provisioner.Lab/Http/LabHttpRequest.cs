namespace Provisioner.Lab.Http;

/// <summary>One HTTP request to a simulated device, body read in full.</summary>
/// <param name="Method">The method in upper case, e.g. <c>PATCH</c>.</param>
/// <param name="Path">The path without query, e.g. <c>/redfish/v1/EventService</c>.</param>
/// <param name="Query">The query string including <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers (case-insensitive names; several values joined with <c>, </c>).</param>
/// <param name="Body">The body as text; empty when there was none.</param>
public sealed record LabHttpRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the request may change the device (anything but GET, HEAD and OPTIONS).</summary>
    public bool IsWrite => Method is not ("GET" or "HEAD" or "OPTIONS");

    /// <summary>The request line without headers and body, for messages.</summary>
    /// <returns>E.g. <c>PATCH /redfish/v1/EventService</c>.</returns>
    public override string ToString() => $"{Method} {Path}{Query}";
}
