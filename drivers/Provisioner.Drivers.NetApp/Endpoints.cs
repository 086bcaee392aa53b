namespace Provisioner.Drivers.NetApp;

/// <summary>
/// The ONTAP REST vocabulary the driver uses (ONTAP 9.6+; rest-ssh-apis.md §5, <c>ansible-collections/netapp.ontap</c>
/// <c>plugins/modules/na_ontap_ems_{config,destination,filter}.py</c>). Unverified details live in <see cref="OntapAssumptions"/>.
/// </summary>
internal static class Endpoints
{
    /// <summary>The cluster: name, uuid and <c>version {full, generation, major, minor}</c>.</summary>
    public const string Cluster = "/api/cluster?fields=name,uuid,version";

    /// <summary>The nodes: model and serial number, for identification.</summary>
    public const string Nodes = "/api/cluster/nodes?fields=name,model,serial_number";

    /// <summary>The system-wide EMS mail settings (GET and PATCH, answered synchronously with 200).</summary>
    public const string Ems = "/api/support/ems";

    /// <summary>The EMS mail settings with the fields the driver reads.</summary>
    public const string EmsRead = Ems + "?fields=mail_from,mail_server";

    /// <summary>The EMS destinations collection (GET, POST).</summary>
    public const string Destinations = "/api/support/ems/destinations";

    /// <summary>Every destination with the fields the driver reads.</summary>
    public const string DestinationsRead = Destinations + "?fields=name,type,destination,filters.name";

    /// <summary>The EMS filters collection (GET, POST).</summary>
    public const string Filters = "/api/support/ems/filters";

    /// <summary>
    /// Records an application event in EMS (<c>POST</c>, body <c>computer_name, event_source, app_version, category,
    /// severity, autosupport_required, event_id, event_description</c>): the event goes through the EMS filters to the
    /// destinations like any other, so it is the driver's test mail (openstack/cinder NetApp REST client).
    /// </summary>
    public const string ApplicationLogs = "/api/support/ems/application-logs";

    /// <summary>The field holding the sender address.</summary>
    public const string MailFrom = "mail_from";

    /// <summary>The field holding the mail server, <c>host[:port]</c>.</summary>
    public const string MailServer = "mail_server";

    /// <summary>The destination type of an e-mail destination.</summary>
    public const string EmailType = "email";

    /// <summary>ONTAP's error for a mail server it cannot validate (rest-ssh-apis.md §5).</summary>
    public const string MailServerValidationFailed = "983123";

    /// <summary>One destination.</summary>
    /// <param name="name">The destination name.</param>
    /// <returns>The path.</returns>
    public static string Destination(string name) => $"{Destinations}/{Uri.EscapeDataString(name)}";

    /// <summary>One filter with its rules.</summary>
    /// <param name="name">The filter name.</param>
    /// <returns>The path and query.</returns>
    public static string FilterRead(string name) => $"{Filters}?name={Uri.EscapeDataString(name)}&fields=name,rules";

    /// <summary>One filter.</summary>
    /// <param name="name">The filter name.</param>
    /// <returns>The path.</returns>
    public static string Filter(string name) => $"{Filters}/{Uri.EscapeDataString(name)}";
}
