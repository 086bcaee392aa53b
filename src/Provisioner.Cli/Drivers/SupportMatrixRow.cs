namespace Provisioner.Cli.Drivers;

/// <summary>One driver's line of the support matrix, as text ready to print.</summary>
/// <param name="Driver">The driver id, e.g. <c>eaton.sc200</c>.</param>
/// <param name="Vendor">The vendor.</param>
/// <param name="Models">The models, comma-separated.</param>
/// <param name="Transports">The transports, e.g. <c>snmp-v2c, snmp-v3</c>.</param>
/// <param name="Settings">Per catalogue key: <c>yes</c>, <c>write-only</c>, <c>manual</c> or <c>no</c>.</param>
/// <param name="Recipients">The recipient model, e.g. <c>5 fixed slots, per-recipient severity</c>.</param>
/// <param name="TestMail">Whether the driver can make the device send a test mail.</param>
/// <param name="Identity">How the device is recognised, e.g. <c>sysObjectID 1.3.6.1.4.1.1918.2.13, sysDescr /^SC200/</c>.</param>
/// <param name="Description">The driver's one-line description.</param>
internal sealed record SupportMatrixRow(
    string Driver,
    string Vendor,
    string Models,
    string Transports,
    IReadOnlyDictionary<string, string> Settings,
    string Recipients,
    bool TestMail,
    string Identity,
    string Description);
