using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// The part every simulated Redfish service shares (generic BMC, iDRAC, iLO): the unauthenticated service
/// root, the SessionService with tokens and Basic, 401 for anything else without credentials, Redfish error
/// bodies, ETags and <c>If-Match</c>, the write log, the reject/lose faults by property name, and test mail
/// sent for real. A model adds its resources in <see cref="HandleResourceAsync"/>.
/// </summary>
public abstract class RedfishLabService : IHttpSimulatedDevice
{
    /// <summary>Creates the service.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    protected RedfishLabService(LabModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Name = context.Name;
        Faults = context.Faults;
        Time = context.Time;
        Sessions = new RedfishLabSessions(context.Spec.HttpAccounts, context.Faults);
        Mailer = new LabTestMailer(context.Relays);
    }

    /// <inheritdoc/>
    public DeviceFaults Faults { get; }

    /// <inheritdoc/>
    public LabHttpWriteLog WriteLog { get; } = new();

    /// <summary>The device's login sessions.</summary>
    public RedfishLabSessions Sessions { get; }

    /// <summary>When true a PATCH without <c>If-Match</c> is refused with 428, as AMI/Lenovo firmware does.</summary>
    public bool RequireIfMatch { get; set; }

    /// <summary>The device name.</summary>
    protected string Name { get; }

    /// <summary>The clock.</summary>
    protected TimeProvider Time { get; }

    /// <summary>Sends the device's test mail.</summary>
    protected LabTestMailer Mailer { get; }

    /// <inheritdoc/>
    public Task WhenIdleAsync() => Mailer.WhenIdleAsync();

    /// <inheritdoc/>
    public async ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.TrimEnd('/');
        if (request.Method == "GET" && path.Equals("/redfish", StringComparison.OrdinalIgnoreCase))
        {
            return LabHttpResponse.Json(200, new JsonObject { ["v1"] = "/redfish/v1/" });
        }

        if (request.Method == "GET" && path.Equals("/redfish/v1", StringComparison.OrdinalIgnoreCase))
        {
            return LabHttpResponse.Json(200, ServiceRoot());
        }

        if (Sessions.TryHandle(request) is { } session)
        {
            return session;
        }

        if (!Sessions.IsAuthenticated(request))
        {
            return RedfishLabErrors.NoValidSession();
        }

        return await HandleResourceAsync(request with { Path = path }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public abstract IReadOnlyList<string> ExportState();

    /// <inheritdoc/>
    public abstract void ImportState(IReadOnlyList<string> lines);

    /// <summary>The service root, <c>/redfish/v1/</c>, readable without credentials.</summary>
    /// <returns>The resource.</returns>
    protected abstract JsonObject ServiceRoot();

    /// <summary>Answers an authenticated request for anything but the service root and sessions.</summary>
    /// <param name="request">The request; its path has no trailing slash.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The answer.</returns>
    protected abstract ValueTask<LabHttpResponse> HandleResourceAsync(LabHttpRequest request, CancellationToken cancellationToken);

    /// <summary>A weak ETag of a resource's current content, as <c>W/"1A2B3C4D"</c>.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The ETag.</returns>
    protected static string ETagOf(JsonNode resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(resource.ToJsonString()));
        return $"W/\"{Convert.ToHexString(hash, 0, 4)}\"";
    }

    /// <summary>A GET answer with the resource, its <c>@odata.etag</c> and its <c>ETag</c> header.</summary>
    /// <param name="resource">The resource (not changed).</param>
    /// <returns>The answer.</returns>
    protected static LabHttpResponse WithETag(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var etag = ETagOf(resource);
        var copy = (JsonObject)resource.DeepClone();
        copy["@odata.etag"] = etag;
        return LabHttpResponse.Json(200, copy).WithHeader("ETag", etag);
    }

    /// <summary>Checks a write's precondition: 412 when <c>If-Match</c> names another ETag, 428 when one is required and missing.</summary>
    /// <param name="request">The write.</param>
    /// <param name="resource">The resource as it is now.</param>
    /// <returns>The refusal, or null to go on.</returns>
    protected LabHttpResponse? CheckPrecondition(LabHttpRequest request, JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Header("If-Match");
        if (ifMatch is null)
        {
            return RequireIfMatch
                ? RedfishLabErrors.Error(428, "Base.1.15.PreconditionRequired", "A precondition header or annotation is required to change this resource.", "Try the operation again using an If-Match or If-None-Match header and appropriate ETag.")
                : null;
        }

        var current = ETagOf(resource);
        return ifMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == current || t == current[2..]) ? null : RedfishLabErrors.PreconditionFailed();
    }

    /// <summary>Reads a write's body as a JSON object.</summary>
    /// <param name="request">The write.</param>
    /// <param name="body">The object, or null when the answer is an error.</param>
    /// <returns>The 400 answer for a body that is not a JSON object, or null.</returns>
    protected static LabHttpResponse? ParseBody(LabHttpRequest request, out JsonObject? body)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        return body is null ? RedfishLabErrors.MalformedJson() : null;
    }

    /// <summary>Logs one property of a write and says whether the device keeps it (not under a lose-writes fault).</summary>
    /// <param name="name">The property, e.g. <c>SMTP.Port</c>.</param>
    /// <param name="value">The value as sent (pass <c>***</c> for secrets).</param>
    /// <returns>True when the device stores it.</returns>
    protected bool Accept(string name, string value)
    {
        var stored = !Faults.LostWrites.Contains(name);
        WriteLog.Add(new LabHttpWrite(Time.GetUtcNow(), name, value, stored));
        return stored;
    }

    /// <summary>Whether a reject-writes fault names <paramref name="name"/>; the refusal is logged.</summary>
    /// <param name="name">The property.</param>
    /// <param name="value">The value as sent.</param>
    /// <returns>True when the device refuses it.</returns>
    protected bool Refuses(string name, string value)
    {
        if (!Faults.RejectedObjects.Contains(name))
        {
            return false;
        }

        WriteLog.Add(new LabHttpWrite(Time.GetUtcNow(), name, value, false));
        return true;
    }
}
