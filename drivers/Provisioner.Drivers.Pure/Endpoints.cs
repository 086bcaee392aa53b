namespace Provisioner.Drivers.Pure;

/// <summary>
/// The FlashArray REST 2.x vocabulary the driver uses (rest-ssh-apis.md §12, addendum §7: py-pure-client @ 0ca98fe5ff00,
/// Pure-Storage-Ansible/FlashArray-Collection <c>purefa_smtp.py</c>, <c>purefa_alert.py</c>). Paths after the version
/// prefix <c>/api/&lt;version&gt;/</c>. Unverified details live in <see cref="PureAssumptions"/>.
/// </summary>
internal static class Endpoints
{
    /// <summary>The API versions the array offers, <c>{"version":["1.0",…,"2.33"]}</c>; readable without a session.</summary>
    public const string ApiVersion = "/api/api_version";

    /// <summary><c>POST</c> with header <c>api-token</c>; the session token comes back in <c>x-auth-token</c>.</summary>
    public const string Login = "login";

    /// <summary><c>POST</c>: ends the session.</summary>
    public const string Logout = "logout";

    /// <summary>The request header carrying the API token at login.</summary>
    public const string ApiTokenHeader = "api-token";

    /// <summary>The session header.</summary>
    public const string AuthTokenHeader = "x-auth-token";

    /// <summary>The array: name, id, os, version.</summary>
    public const string Arrays = "arrays";

    /// <summary>The controllers: name, mode, model, version.</summary>
    public const string Controllers = "controllers";

    /// <summary>The SMTP relay settings (one item; GET and PATCH).</summary>
    public const string SmtpServers = "smtp-servers";

    /// <summary>The alert watchers (GET; POST, PATCH, DELETE with <c>?names=</c>).</summary>
    public const string AlertWatchers = "alert-watchers";

    /// <summary>The test of alert watchers: <c>GET ?names=</c>, one item per watcher with <c>success</c> and <c>result_details</c>.</summary>
    public const string AlertWatchersTest = "alert-watchers/test";

    /// <summary>The built-in watcher of Pure's support, which cannot be deleted and is never touched.</summary>
    public const string VendorWatcher = "flasharray-alerts@purestorage.com";

    /// <summary>The first REST version with <c>sender_username</c> and <c>encryption_mode</c> (addendum §7).</summary>
    public static readonly Version SenderUsernameSince = new(2, 33);

    /// <summary>The oldest REST 2.x version with <c>smtp-servers</c> and <c>alert-watchers</c> as the driver uses them.</summary>
    public static readonly Version Minimum = new(2, 4);

    /// <summary>A path with <c>?names=</c>.</summary>
    /// <param name="resource">The resource, e.g. <see cref="AlertWatchers"/>.</param>
    /// <param name="names">The names.</param>
    /// <returns>The relative path and query.</returns>
    public static string Named(string resource, params IEnumerable<string> names) =>
        $"{resource}?names={string.Join(',', names.Select(Uri.EscapeDataString))}";
}
