namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// The middleware methods the driver calls (<c>truenas/middleware</c>, <c>reference/rest-ssh-apis.md</c> §3): the same
/// names over the WebSocket JSON-RPC API and, through the REST routing of <c>restful.py</c>, over <c>/api/v2.0/</c>.
/// </summary>
internal static class Methods
{
    /// <summary><c>system.info</c>: version, hostname, product, serial (REST <c>GET /system/info</c>).</summary>
    public const string SystemInfo = "system.info";

    /// <summary><c>mail.config</c>: the mail settings, password in clear (REST <c>GET /mail</c>).</summary>
    public const string MailConfig = "mail.config";

    /// <summary><c>mail.update(data)</c>: partial update (REST <c>PUT /mail</c>).</summary>
    public const string MailUpdate = "mail.update";

    /// <summary><c>mail.send(message, config)</c>: a job (REST <c>POST /mail/send</c> answers the job id).</summary>
    public const string MailSend = "mail.send";

    /// <summary><c>alertservice.query</c>: every alert service (REST <c>GET /alertservice</c>).</summary>
    public const string AlertServiceQuery = "alertservice.query";

    /// <summary><c>alertservice.create(data)</c> (REST <c>POST /alertservice</c>).</summary>
    public const string AlertServiceCreate = "alertservice.create";

    /// <summary><c>alertservice.update(id, data)</c> (REST <c>PUT /alertservice/id/{id}</c>).</summary>
    public const string AlertServiceUpdate = "alertservice.update";

    /// <summary><c>alertservice.delete(id)</c> (REST <c>DELETE /alertservice/id/{id}</c>).</summary>
    public const string AlertServiceDelete = "alertservice.delete";

    /// <summary><c>core.get_jobs(filters)</c>: job state and result.</summary>
    public const string GetJobs = "core.get_jobs";

    /// <summary><c>auth.login_ex</c> with mechanism <c>API_KEY_PLAIN</c> (WebSocket only).</summary>
    public const string LoginEx = "auth.login_ex";

    /// <summary><c>auth.login_with_api_key(api_key)</c> (WebSocket only), used when no user name is configured.</summary>
    public const string LoginWithApiKey = "auth.login_with_api_key";

    /// <summary>The REST base path (removed in 26.04).</summary>
    public const string RestBase = "/api/v2.0";

    /// <summary>The WebSocket path of 26.04 and later.</summary>
    public const string WebSocketPath = "/api/current";
}
