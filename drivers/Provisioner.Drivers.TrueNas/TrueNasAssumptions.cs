namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// Everything the driver relies on that no public source confirms, kept in one place (README "Unverified").
/// Confirm each on a unit before trusting the driver with it.
/// </summary>
internal static class TrueNasAssumptions
{
    /// <summary>
    /// <b>Unverified</b>: a 26.04+ system answers <c>GET /api/v2.0/system/info</c> with HTTP 404 (the REST API was deleted,
    /// commit <c>b7f13f74c775</c>); the driver then opens the WebSocket. Any other status is treated as REST present.
    /// </summary>
    public const int RestGoneStatus = 404;

    /// <summary>
    /// <b>Unverified</b> (reference §3 "Which names the 25.10 REST layer accepted is Unverified"): the REST body of
    /// <c>mail.send</c> uses the pydantic argument names <c>message</c>/<c>config</c> from 25.10 and the legacy
    /// <c>mail_message</c>/<c>mail_update</c> before.
    /// </summary>
    public static readonly (int Major, int Minor) RestSendNamesFrom2510 = (25, 10);

    /// <summary>
    /// Verified (reference §3, <c>tests/api2/test_070_alertservice.py</c>): from 25.10 an alert service's <c>type</c> lives
    /// inside <c>attributes</c>. The driver writes the shape of the version <c>system.info</c> reports and reads both.
    /// </summary>
    public static readonly (int Major, int Minor) AttributesTypeFrom = (25, 10);

    /// <summary><b>Unverified</b>: REST jobs are polled with <c>GET /api/v2.0/core/get_jobs?id=&lt;n&gt;</c> (reference §3 marks the REST path unverified).</summary>
    public const string RestJobQuery = "/core/get_jobs?id=";

    /// <summary>
    /// The name prefix of the alert services the driver owns; one <c>Mail</c> service per recipient, named
    /// <c>Provisioner mail &lt;address&gt;</c>. Our convention, not a device fact; other services are never touched.
    /// </summary>
    public const string ServiceNamePrefix = "Provisioner mail ";

    /// <summary>How often the driver asks for the state of the test-mail job.</summary>
    public static readonly TimeSpan JobPollInterval = TimeSpan.FromMilliseconds(100);
}
