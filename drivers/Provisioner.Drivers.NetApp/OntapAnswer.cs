using System.Text.Json;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.NetApp;

/// <summary>One ONTAP answer: accepted (2xx) or refused with ONTAP's error object.</summary>
/// <param name="Http">The HTTP answer.</param>
/// <param name="Error">The error when refused; null when accepted.</param>
internal sealed record OntapAnswer(HttpAnswer Http, OntapError? Error)
{
    /// <summary>Whether ONTAP accepted the call.</summary>
    public bool Accepted => Error is null;

    /// <summary>The call, e.g. <c>PATCH /api/support/ems</c>.</summary>
    public string Operation => Http.Operation;

    /// <summary>The answer's JSON body.</summary>
    /// <returns>The root element.</returns>
    public JsonElement Json() => Http.ReadJson();
}
