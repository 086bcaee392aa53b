using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>
/// <c>mail.send</c> as a job: the call answers the job id at once; the mail really goes to the lab's SMTP capture through
/// the stored (or overriding) settings; <c>core.get_jobs</c> shows <c>RUNNING</c>, then <c>SUCCESS</c> (result <c>true</c>
/// up to 25.10, <c>null</c> on 26.04) or <c>FAILED</c> with the error text. The subject is rewritten to
/// <c>TrueNAS &lt;hostname&gt;.local: &lt;subject&gt;</c> (<c>plugins/mail/send.py</c>). Jobs are not part of the saved state.
/// </summary>
public sealed partial class TrueNasLabModel
{
    private readonly ConcurrentDictionary<long, JsonObject> jobs = new();
    private long nextJobId = 100;

    private Task<TrueNasCall> MailSendAsync(JsonObject? message, JsonObject? overrides, string parameter)
    {
        if (message is null)
        {
            return Task.FromResult<TrueNasCall>(TrueNasCall.Error(parameter, "Field required"));
        }

        if (Text(message, "subject").Length == 0)
        {
            return Task.FromResult<TrueNasCall>(TrueNasCall.Error(parameter + ".subject", "Field required"));
        }

        if (Firmware != TrueNasLabFirmware.Scale2604 && Text(message, "text").Length == 0 && Text(message, "html").Length == 0)
        {
            return Task.FromResult<TrueNasCall>(TrueNasCall.Error(parameter + ".text", "Text is required when HTML is not set"));
        }

        var cfg = MailConfig();
        foreach (var (name, value) in overrides ?? [])
        {
            cfg[name] = value?.DeepClone();
        }

        var to = (message["to"] as JsonArray)?.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty).ToList() ?? ["root@" + Name + ".local"];
        var id = Interlocked.Increment(ref nextJobId);
        var job = new JsonObject { ["id"] = id, ["method"] = "mail.send", ["state"] = "RUNNING", ["result"] = null, ["error"] = null, ["time_started"] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
        jobs[id] = job;
        var subject = $"TrueNAS {Name}.local: {Text(message, "subject")}";
        var send = mailer.SendAsync(Text(cfg, "outgoingserver"), Number(cfg, "port", 25), Text(cfg, "fromemail"), to, subject, Text(message, "text"));
        _ = send.ContinueWith(t => Finish(job, t.IsCompletedSuccessfully ? t.Result : LabMailSender.CouldNotReachServer, cfg), TaskScheduler.Default);
        return Task.FromResult<TrueNasCall>(new TrueNasCall.Ok(JsonValue.Create(id)));
    }

    private void Finish(JsonObject job, int code, JsonObject cfg)
    {
        lock (gate)
        {
            if (code is >= 200 and < 300)
            {
                job["state"] = "SUCCESS";
                job["result"] = Firmware == TrueNasLabFirmware.Scale2604 ? null : JsonValue.Create(true);
                return;
            }

            job["state"] = "FAILED";
            job["error"] = code == LabMailSender.CouldNotReachServer
                ? Invariant($"[ECONNREFUSED] Unable to connect to the mail server {Text(cfg, "outgoingserver")}:{Number(cfg, "port", 25)}")
                : Invariant($"[EFAULT] SMTP error {code} from {Text(cfg, "outgoingserver")}; check the sender address and the recipients");
        }
    }

    private JsonArray GetJobs(long? id)
    {
        lock (gate)
        {
            return [.. jobs.Values.Where(j => id is null || j["id"]!.GetValue<long>() == id).OrderBy(j => j["id"]!.GetValue<long>()).Select(j => j.DeepClone())];
        }
    }
}
