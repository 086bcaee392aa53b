using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>What one middleware method returned in the lab model, before either API renders it.</summary>
internal abstract record TrueNasCall
{
    /// <summary>A result.</summary>
    /// <param name="Value">The value (JSON null allowed).</param>
    public sealed record Ok(JsonNode? Value) : TrueNasCall;

    /// <summary><c>ValidationErrors</c>: (attribute, message) pairs, errno 22 (REST 422 keyed by attribute; JSON-RPC <c>data.extra</c>).</summary>
    /// <param name="Errors">The errors.</param>
    public sealed record Invalid(IReadOnlyList<(string Attribute, string Message)> Errors) : TrueNasCall;

    /// <summary><c>CallError</c> (REST 422 <c>{"message","errno"}</c>).</summary>
    /// <param name="Message">The message.</param>
    /// <param name="Errno">The errno.</param>
    public sealed record Failed(string Message, int Errno) : TrueNasCall;

    /// <summary>Not found (REST 404; JSON-RPC ENOENT).</summary>
    /// <param name="Message">The message.</param>
    public sealed record Missing(string Message) : TrueNasCall;

    /// <summary>One validation error.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="message">The message.</param>
    /// <returns>The result.</returns>
    public static Invalid Error(string attribute, string message) => new([(attribute, message)]);
}
