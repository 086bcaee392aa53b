using System.Text.Json;

namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>
/// What one middleware call returned, whichever API carried it: the result, or the device's own errors
/// (REST 422 bodies, JSON-RPC <c>error.data.extra</c>). Never decided from an HTTP status alone.
/// </summary>
/// <param name="Operation">The call as sent, e.g. <c>PUT /api/v2.0/mail</c> or <c>mail.update</c>.</param>
/// <param name="Result">The result; undefined when <see cref="Errors"/> is not empty.</param>
/// <param name="Errors">The device's errors; empty on success.</param>
internal sealed record TrueNasAnswer(string Operation, JsonElement Result, IReadOnlyList<TrueNasError> Errors)
{
    /// <summary>Whether the call succeeded.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The errors as one line.</summary>
    public string Describe() => string.Join("; ", Errors);
}
