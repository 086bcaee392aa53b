using System.Globalization;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Raritan;

/// <summary>The <c>/smtp</c> resource: <c>getConfiguration</c>, <c>setConfiguration</c>, <c>testConfiguration</c>.</summary>
public sealed partial class PxLabModel
{
    /// <summary><c>setConfiguration</c>'s answer for invalid parameters (<c>Smtp_2_0_0.ERR_INVALID_PARAMS</c>).</summary>
    public const int ErrInvalidParams = 1;

    private PxSmtpConfiguration smtp = new();

    /// <summary>Changes the stored SMTP configuration behind the driver's back (an out-of-band change).</summary>
    /// <param name="change">Changes the stored configuration's JSON (all eleven fields, password included).</param>
    public void ChangeSmtpOutOfBand(Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            var json = smtp.ToJson(withPassword: true);
            change(json);
            smtp = PxSmtpConfiguration.From(json) ?? throw new ArgumentException("The change left the configuration incomplete.", nameof(change));
        }
    }

    /// <summary>The stored SMTP configuration as JSON, password included (for tests).</summary>
    /// <returns>The object.</returns>
    public JsonObject SmtpState()
    {
        lock (gate)
        {
            return smtp.ToJson(withPassword: true);
        }
    }

    private async ValueTask<LabHttpResponse> SmtpAsync(string method, JsonObject parameters)
    {
        switch (method)
        {
            case "getConfiguration":
                lock (gate)
                {
                    return PxRpc.Result(smtp.ToJson(withPassword: false));
                }

            case "setConfiguration":
                return PxSmtpConfiguration.From(parameters["cfg"] as JsonObject) is { } cfg
                    ? PxRpc.Result(SetConfiguration(cfg))
                    : PxRpc.Error(PxRpc.InvalidParams, "Invalid params: cfg must be a complete Configuration");

            case "testConfiguration":
                var test = PxSmtpConfiguration.From(parameters["cfg"] as JsonObject);
                var recipients = (parameters["recipients"] as JsonArray)?.Select(r => r is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
                if (test is null || recipients is null || recipients.Any(r => r is null))
                {
                    return PxRpc.Error(PxRpc.InvalidParams, "Invalid params: cfg and recipients expected");
                }

                var (status, message) = await TestAsync(test, [.. recipients.OfType<string>()]).ConfigureAwait(false);
                return PxRpc.Result(new JsonObject { ["status"] = status, ["message"] = message });

            default:
                return PxRpc.Error(PxRpc.MethodNotFound, $"Method not found: {method}");
        }
    }

    private int SetConfiguration(PxSmtpConfiguration cfg)
    {
        lock (gate)
        {
            var changed = cfg.ChangedFrom(smtp);
            var refused = cfg.Invalid() is not null || changed.Any(f => Faults.RejectedObjects.Contains(SmtpPrefix + f));
            if (refused)
            {
                changed.ToList().ForEach(f => Log(SmtpPrefix + f, cfg.Display(f), stored: false));
                return ErrInvalidParams;
            }

            foreach (var field in changed)
            {
                var stored = !Faults.LostWrites.Contains(SmtpPrefix + field);
                Log(SmtpPrefix + field, cfg.Display(field), stored);
                if (stored)
                {
                    smtp = smtp.With(field, cfg);
                }
            }

            return 0;
        }
    }

    private async Task<(int Status, string Message)> TestAsync(PxSmtpConfiguration cfg, IReadOnlyList<string> recipients)
    {
        if (recipients.Count == 0)
        {
            return (1, "No recipients given.");
        }

        if (cfg.Host.Length == 0)
        {
            return (1, "No SMTP server configured.");
        }

        var subject = $"Test Email from {Name}";
        var body = string.Create(CultureInfo.InvariantCulture, $"This is a test email sent by the PDU {Name} via {cfg.Host}:{cfg.Port}.");
        var code = await mailer.SendAsync(cfg.Host, cfg.Port, cfg.Sender, recipients, subject, body).ConfigureAwait(false);
        return code is >= 200 and < 300
            ? (0, "Success")
            : (code, string.Create(CultureInfo.InvariantCulture, $"Sending the test email failed (SMTP {code}): check the server {cfg.Host}:{cfg.Port} and the sender address."));
    }
}
