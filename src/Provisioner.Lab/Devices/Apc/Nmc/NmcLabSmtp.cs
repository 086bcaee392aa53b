namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>The lab card's <c>smtp</c> fields, as the options set them (reference §7: <c>-f -s -p -a -u -w -e -c -i</c>).</summary>
public sealed class NmcLabSmtp
{
    /// <summary><c>-f</c>: the From address.</summary>
    public string From { get; set; } = "apc@example.com";

    /// <summary><c>-s</c>: the server.</summary>
    public string Server { get; set; } = "0.0.0.0";

    /// <summary><c>-p</c>: the port.</summary>
    public int Port { get; set; } = 25;

    /// <summary><c>-a</c>: <c>enable</c> or <c>disable</c> (read out as <c>enabled</c>/<c>disabled</c>).</summary>
    public string Auth { get; set; } = "disable";

    /// <summary><c>-u</c>: the user.</summary>
    public string User { get; set; } = string.Empty;

    /// <summary><c>-w</c>: the password (lab only; the read-out masks it, <c>&lt;not set&gt;</c> when empty).</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary><c>-e</c>: <c>none</c>, <c>ifavail</c>, <c>always</c> or <c>implicit</c>.</summary>
    public string Encryption { get; set; } = "none";

    /// <summary><c>-c</c>: require a CA root certificate, <c>enable</c> or <c>disable</c>.</summary>
    public string ReqCert { get; set; } = "disable";

    /// <summary><c>-i</c>: the certificate file (<c>&lt;n/a&gt;</c> when empty).</summary>
    public string CertFile { get; set; } = string.Empty;
}
