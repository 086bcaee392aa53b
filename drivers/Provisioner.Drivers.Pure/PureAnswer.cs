using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Pure;

/// <summary>One FlashArray answer: accepted (2xx) or refused with <c>errors[0]</c>.</summary>
/// <param name="Http">The HTTP answer.</param>
/// <param name="Error">The error when refused.</param>
internal sealed record PureAnswer(HttpAnswer Http, PureError? Error)
{
    /// <summary>Whether the array accepted the call.</summary>
    public bool Accepted => Error is null;

    /// <summary>The <c>items</c> array of the answer.</summary>
    /// <returns>The items.</returns>
    /// <exception cref="DeviceProtocolException">The body has no items array.</exception>
    public IReadOnlyList<JsonElement> Items()
    {
        var json = Http.ReadJson();
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object)]
            : throw new DeviceProtocolException($"{Http.Operation} at {Http.Endpoint} answered without an items array.") { Endpoint = Http.Endpoint, Operation = Http.Operation };
    }
}
