using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.Raritan;

/// <summary>
/// A Raritan PX3 PDU's JSON-RPC API (Raritan JSON-RPC SDK 3.6.0, <c>tijuca/raritan-pdu-json-rpc-sdk</c>):
/// <c>POST /&lt;resource&gt;</c> with HTTP Basic against the spec's HTTP accounts (401 otherwise), answered with
/// <c>{"result":{"_ret_":…}}</c> or <c>{"error":…}</c>. Resources: <c>/model/pdu/0</c> (<c>getMetaData</c>,
/// <c>getNameplate</c>), <c>/smtp</c> (<c>devsettings.Smtp_2_0_0</c>) and <c>/event_engine</c> (<c>event.Engine_1_0_1</c>
/// actions, including system actions that cannot be deleted). Writes are logged as <c>smtp.&lt;field&gt;</c> and
/// <c>actions</c>; reject/lose faults use the same names. Session tokens (<c>/session</c>) are not modelled.
/// </summary>
public sealed partial class PxLabModel : IHttpSimulatedDevice
{
    /// <summary>The write-log and fault name of added, modified and deleted actions.</summary>
    public const string ActionsProperty = "actions";

    /// <summary>The prefix of SMTP field names in the write log and faults, e.g. <c>smtp.host</c>.</summary>
    public const string SmtpPrefix = "smtp.";

    private readonly IReadOnlyList<LabHttpAccount> accounts;
    private readonly TimeProvider time;
    private readonly LabTestMailer mailer;
    private readonly Lock gate = new();

    /// <summary>Creates the model in its factory state.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public PxLabModel(LabModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        accounts = context.Spec.HttpAccounts;
        Faults = context.Faults;
        time = context.Time;
        mailer = new LabTestMailer(context.Relays);
        Name = context.Name;
        Reset();
    }

    /// <inheritdoc/>
    public DeviceFaults Faults { get; }

    /// <inheritdoc/>
    public LabHttpWriteLog WriteLog { get; } = new();

    /// <summary>The device name.</summary>
    public string Name { get; }

    /// <summary>How many actions the engine holds at most (<c>addAction</c> answers 3 beyond it).</summary>
    public int MaxActions { get; init; } = 64;

    /// <inheritdoc/>
    public Task WhenIdleAsync() => mailer.WhenIdleAsync();

    /// <inheritdoc/>
    public async ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsAuthenticated(request))
        {
            return LabHttpResponse.Empty(401).WithHeader("WWW-Authenticate", "Basic realm=\"PX3\"");
        }

        if (request.Method != "POST")
        {
            return LabHttpResponse.Empty(405).WithHeader("Allow", "POST");
        }

        if (PxRpc.Parse(request.Body, out var method, out var parameters) is { } malformed)
        {
            return malformed;
        }

        return request.Path.TrimEnd('/') switch
        {
            "/model/pdu/0" => Pdu(method),
            "/smtp" => await SmtpAsync(method, parameters).ConfigureAwait(false),
            "/event_engine" => Events(method, parameters),
            _ => LabHttpResponse.Empty(404),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ExportState()
    {
        lock (gate)
        {
            return
            [
                new JsonObject { ["smtp"] = smtp.ToJson(withPassword: true) }.ToJsonString(),
                new JsonObject { ["nextActionId"] = nextActionId, ["actions"] = new JsonArray([.. actions.Select(a => (JsonNode)a.ToJson())]) }.ToJsonString(),
            ];
        }
    }

    /// <inheritdoc/>
    public void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count != 2)
        {
            throw new FormatException($"A Raritan PX lab state has 2 lines (smtp, actions), not {lines.Count}.");
        }

        try
        {
            var cfg = PxSmtpConfiguration.From(JsonNode.Parse(lines[0])?["smtp"] as JsonObject);
            var engine = JsonNode.Parse(lines[1]) as JsonObject;
            var list = (engine?["actions"] as JsonArray)?.Select(PxAction.From).ToList();
            var next = engine is null ? null : PxRpc.Integer(engine, "nextActionId");
            if (cfg is null || list is null || list.Any(a => a is null) || next is null)
            {
                throw new FormatException("The lines are not a Raritan PX lab state (smtp line, actions line).");
            }

            lock (gate)
            {
                smtp = cfg;
                actions = [.. list!.OfType<PxAction>()];
                nextActionId = next.Value;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("The lines are not a Raritan PX lab state.", ex);
        }
    }

    private static LabHttpResponse Pdu(string method) => method switch
    {
        "getMetaData" => PxRpc.Result(new JsonObject
        {
            ["nameplate"] = Nameplate(),
            ["ctrlBoardSerial"] = "PKE0954001",
            ["hwRevision"] = "0x64",
            ["fwRevision"] = "3.6.0.5-46589",
            ["macAddress"] = "00:0d:5d:0b:1c:2f",
        }),
        "getNameplate" => PxRpc.Result(Nameplate()),
        _ => PxRpc.Error(PxRpc.MethodNotFound, $"Method not found: {method}"),
    };

    private static JsonObject Nameplate() => new()
    {
        ["manufacturer"] = "Raritan",
        ["brand"] = "Raritan",
        ["model"] = "PX3-5190R",
        ["partNumber"] = "PX3-5190R",
        ["serialNumber"] = "QAB1234567",
        ["rating"] = new JsonObject { ["voltage"] = "200-240V", ["current"] = "16A", ["frequency"] = "50/60Hz", ["power"] = "3.3-3.8kVA" },
        ["imageFileURL"] = string.Empty,
    };

    private bool IsAuthenticated(LabHttpRequest request)
    {
        if (request.Header("Authorization") is not { } auth || !auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && accounts.Any(a => a.User == pair[..colon] && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a.Password), Encoding.UTF8.GetBytes(pair[(colon + 1)..])));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private void Log(string name, string value, bool stored) => WriteLog.Add(new LabHttpWrite(time.GetUtcNow(), name, value, stored));
}
