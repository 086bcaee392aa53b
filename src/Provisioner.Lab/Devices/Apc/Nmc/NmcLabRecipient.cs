namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>One of the lab card's four e-mail recipients (<c>email -g[n] -t[n] -o[n] -l[n] -r[n]</c>, reference §7).</summary>
public sealed class NmcLabRecipient
{
    /// <summary><c>-g[n]</c>: generation, <c>enable</c> or <c>disable</c>.</summary>
    public string Generation { get; set; } = "disable";

    /// <summary><c>-t[n]</c>: the To address.</summary>
    public string To { get; set; } = string.Empty;

    /// <summary><c>-o[n]</c>: <c>long</c> or <c>short</c>.</summary>
    public string Format { get; set; } = "long";

    /// <summary><c>-l[n]</c>: the language code, e.g. <c>enUs</c>.</summary>
    public string Language { get; set; } = "enUs";

    /// <summary><c>-r[n]</c>: <c>local</c> (the configured SMTP server), <c>recipient</c> (the recipient's MX) or <c>custom</c>.</summary>
    public string Route { get; set; } = "local";
}
