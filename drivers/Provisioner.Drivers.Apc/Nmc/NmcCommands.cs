namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>
/// The wire vocabulary of the NMC command line (reference <c>rest-ssh-apis.md</c> §7, addendum §2): commands, options,
/// read-out labels and words. What no public source confirms lives in <see cref="NmcAssumptions"/>.
/// </summary>
internal static class NmcCommands
{
    /// <summary>The prompt regex (haught/ansible_apcos <c>plugins/terminal/apcos.py</c>: <c>apc&gt;$</c>).</summary>
    public const string Prompt = "^apc>$";

    /// <summary>A result code at the start of a line (<c>E000: Success</c>); an <c>E100</c> inside a serial number does not count.</summary>
    public const string ResultCode = @"^E(\d{3}):[ \t]*(.*)$";

    /// <summary><c>smtp</c>: no options reads the SMTP settings; options write them (Verified via module + fixture).</summary>
    public const string Smtp = "smtp";

    /// <summary><c>email</c>: recipients 1–4 (Community).</summary>
    public const string Email = "email";

    /// <summary>The number of recipients (Verified: "up to four e-mail recipients", addendum §2).</summary>
    public const int Slots = 4;

    /// <summary><c>smtp -s</c>: the server.</summary>
    public const string Server = "-s";

    /// <summary><c>smtp -p</c>: the port.</summary>
    public const string Port = "-p";

    /// <summary><c>smtp -f</c>: the From address.</summary>
    public const string From = "-f";

    /// <summary><c>smtp -a enable|disable</c>: SMTP authentication.</summary>
    public const string Auth = "-a";

    /// <summary><c>smtp -u</c>: the user.</summary>
    public const string User = "-u";

    /// <summary><c>smtp -w</c>: the password (write-only).</summary>
    public const string Password = "-w";

    /// <summary><c>smtp -e none|ifavail|always|implicit</c>: encryption.</summary>
    public const string Encryption = "-e";

    /// <summary><c>email -g[n] enable|disable</c>: generation for recipient n.</summary>
    public const string Generation = "-g";

    /// <summary><c>email -t[n]</c>: recipient n's To address.</summary>
    public const string To = "-t";

    /// <summary><c>email -r[n] local|recipient|custom</c>: recipient n's route.</summary>
    public const string Route = "-r";

    /// <summary>The flag word that turns an option on.</summary>
    public const string Enable = "enable";

    /// <summary>The flag word that turns an option off.</summary>
    public const string Disable = "disable";

    /// <summary>The route through the configured SMTP server ("Local": via the relay, retried).</summary>
    public const string RouteLocal = "local";

    /// <summary><c>-e none</c>: never encrypt.</summary>
    public const string EncryptionNone = "none";

    /// <summary><c>-e ifavail</c>: STARTTLS when the server offers it ("If Supported").</summary>
    public const string EncryptionIfAvailable = "ifavail";

    /// <summary><c>-e always</c>: STARTTLS required.</summary>
    public const string EncryptionAlways = "always";

    /// <summary><c>-e implicit</c>: TLS from connect.</summary>
    public const string EncryptionImplicit = "implicit";

    /// <summary>What the read-out shows for an empty password or certificate (fixture <c>apcos_config_smtp.cfg</c>).</summary>
    public const string NotSet = "<not set>";

    /// <summary>The <c>smtp</c> read-out labels (fixture <c>apcos_config_smtp.cfg</c>, <c>:</c> + TAB separated).</summary>
    public static class Labels
    {
        /// <summary><c>From:</c>.</summary>
        public const string From = "From";

        /// <summary><c>Server:</c>.</summary>
        public const string Server = "Server";

        /// <summary><c>Port:</c>.</summary>
        public const string Port = "Port";

        /// <summary><c>Auth:</c> (<c>enabled</c>/<c>disabled</c>).</summary>
        public const string Auth = "Auth";

        /// <summary><c>User:</c>.</summary>
        public const string User = "User";

        /// <summary><c>Password:</c> (<c>&lt;not set&gt;</c> or a mask).</summary>
        public const string Password = "Password";

        /// <summary><c>Encryption:</c>.</summary>
        public const string Encryption = "Encryption";
    }
}
