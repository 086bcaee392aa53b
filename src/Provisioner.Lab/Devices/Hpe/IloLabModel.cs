using System.Text.Json.Nodes;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Hpe;

/// <summary>
/// A simulated HPE iLO 5 (firmware 2.55, as the akaliwod/iserver capture): service root with <c>Oem.Hpe</c>,
/// <c>Managers/1</c>, <c>Managers/1/NetworkProtocol</c> with the AlertMail properties under <c>Oem.Hpe</c> and an
/// <c>@odata.etag</c>, PATCH answered 200 with a <c>Base.1.12.Success</c> error object, refusals as iLO error
/// objects, and <c>SendTestAlertMail</c> sending a real mail from <c>&lt;host name&gt;@AlertMailSenderDomain</c>.
/// The iLO's host name is the device name. Property names for the write log and faults: <c>Oem.Hpe.AlertMailSMTPServer</c> etc.
/// </summary>
public sealed class IloLabModel : RedfishLabService
{
    /// <summary>The prefix of property names in the write log and faults.</summary>
    public const string PropertyPrefix = "Oem.Hpe.";

    private const string ManagerPath = "/redfish/v1/Managers/1";
    private const string NetworkProtocolPath = ManagerPath + "/NetworkProtocol";
    private const string TestMailPath = NetworkProtocolPath + "/Actions/Oem/Hpe/HpeiLOManagerNetworkService.SendTestAlertMail";
    private readonly Lock gate = new();
    private IloAlertMail state;

    /// <summary>Creates the model in the iLO 5 v2.55 capture's initial state.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public IloLabModel(LabModelContext context)
        : base(context) => state = new IloAlertMail { HostName = context.Name };

    /// <summary>The stored AlertMail configuration.</summary>
    public IloAlertMail AlertMail
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (gate)
            {
                state = value;
            }
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> ExportState() => [AlertMail.Export()];

    /// <inheritdoc/>
    public override void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        AlertMail = lines.Count == 1 ? IloAlertMail.Import(lines[0]) : throw new FormatException($"An iLO state is one line; got {lines.Count}.");
    }

    /// <inheritdoc/>
    protected override JsonObject ServiceRoot() => IloResources.ServiceRoot(AlertMail.HostName);

    /// <inheritdoc/>
    protected override ValueTask<LabHttpResponse> HandleResourceAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(Route(request));
    }

    private LabHttpResponse Route(LabHttpRequest request)
    {
        var path = request.Path;
        if (path.Equals(ManagerPath, StringComparison.OrdinalIgnoreCase))
        {
            return request.Method == "GET" ? WithETag(IloResources.Manager()) : RedfishLabErrors.MethodNotAllowed(request.Method, path);
        }

        if (path.Equals(NetworkProtocolPath, StringComparison.OrdinalIgnoreCase))
        {
            return request.Method switch
            {
                "GET" => WithETag(IloResources.NetworkProtocol(AlertMail)),
                "PATCH" => Patch(request),
                _ => RedfishLabErrors.MethodNotAllowed(request.Method, path),
            };
        }

        if (path.Equals(TestMailPath, StringComparison.OrdinalIgnoreCase))
        {
            return request.Method == "POST" ? SendTest(request) : RedfishLabErrors.MethodNotAllowed(request.Method, path);
        }

        return RedfishLabErrors.NotFound(path);
    }

    private LabHttpResponse Patch(LabHttpRequest request)
    {
        lock (gate)
        {
            if (CheckPrecondition(request, IloResources.NetworkProtocol(state)) is { } refused)
            {
                return refused;
            }

            if (ParseBody(request, out var body) is { } malformed)
            {
                return malformed;
            }

            var root = body!;
            if (root.Any(p => p.Key != "Oem") || root["Oem"] is not JsonObject oem || oem.Any(p => p.Key != "Hpe") || oem["Hpe"] is not JsonObject hpe)
            {
                return IloLabErrors.BadRequest(IloLabErrors.PropertyUnknown, string.Join(", ", root.Select(p => p.Key)));
            }

            if (IloAlertMailRules.Parse(hpe, out var fields) is { } invalid)
            {
                return invalid;
            }

            if (fields.FirstOrDefault(f => Refuses(PropertyPrefix + f.Name, f.Logged)) is { } faulted)
            {
                return IloLabErrors.BadRequest(IloLabErrors.PropertyValueBadParam, faulted.Name);
            }

            if (IloAlertMailRules.CheckFinal(fields.Aggregate(state, (s, f) => f.Apply(s))) is { } broken)
            {
                return broken;
            }

            foreach (var field in fields.Where(f => Accept(PropertyPrefix + f.Name, f.Logged)))
            {
                state = field.Apply(state);
            }

            return IloLabErrors.Ok();
        }
    }

    private LabHttpResponse SendTest(LabHttpRequest request)
    {
        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        // The schema says "no parameters"; ilorest sends the Action name (Gen10+) or the iLO 4 form (addendum §4).
        if (body!["Action"]?.ToString() is { } action && action is not ("HpeiLOManagerNetworkService.SendTestAlertMail" or "SendTestAlertMail"))
        {
            return IloLabErrors.BadRequest("Base.1.12.ActionNotSupported", action);
        }

        var mail = AlertMail;
        Accept("Actions.SendTestAlertMail", string.Empty);
        if (!mail.Enabled)
        {
            return IloLabErrors.BadRequest(IloLabErrors.AlertMailFeatureDisabled);
        }

        // iLO queues the mail and answers at once; the lab sends it for real, tracked by WhenIdleAsync.
        _ = Mailer.SendAsync(mail.Server, mail.Port, mail.Sender, [mail.Email], $"Test AlertMail from {mail.HostName}", $"This is a test AlertMail message from iLO {mail.HostName}.");
        return IloLabErrors.Ok();
    }
}
