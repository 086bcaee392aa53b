namespace Provisioner.Drivers.DotHill;

/// <summary>
/// The wire vocabulary of the Dot Hill / Seagate controller CLI that HPE MSA and Dell PowerVault ME arrays share
/// (reference <c>rest-ssh-apis.md</c> §6, addendum §1): commands, <c>set email-parameters</c> keywords, the
/// <c>show email-parameters</c> property names and the status envelope. What no public source confirms lives in
/// <see cref="DotHillAssumptions"/>.
/// </summary>
internal static class DotHillCommands
{
    /// <summary>The prompt, <c># </c> (addendum §1.4, Community); the shell trims the trailing blank.</summary>
    public const string Prompt = "^#$";

    /// <summary>Reads the e-mail settings (Verified command and property names, addendum §1.1).</summary>
    public const string ShowEmail = "show email-parameters";

    /// <summary>Writes the e-mail settings; keywords follow (Community, addendum §1.3).</summary>
    public const string SetEmail = "set email-parameters";

    /// <summary>The number of recipient slots, <c>email-notify-address-1</c> … <c>-4</c> (Verified, addendum §1.1).</summary>
    public const int Slots = 4;

    /// <summary>The object <c>show email-parameters</c> answers with.</summary>
    public const string EmailObject = "email-parameters";

    /// <summary><c>set email-parameters</c> keywords (addendum §1.3).</summary>
    public static class Keywords
    {
        /// <summary><c>server</c> → <c>email-server</c>.</summary>
        public const string Server = "server";

        /// <summary><c>domain</c> → <c>email-domain</c>.</summary>
        public const string Domain = "domain";

        /// <summary><c>sender</c> (local part only) → <c>email-sender</c>.</summary>
        public const string Sender = "sender";

        /// <summary><c>port</c> → <c>email-smtp-port</c>.</summary>
        public const string Port = "port";

        /// <summary><c>security-protocol tls|ssl|none</c> → <c>email-security-protocol</c>.</summary>
        public const string Security = "security-protocol";

        /// <summary><c>notification-level crit|error|warn|resolved|info|none</c> → <c>email-notification-filter</c>.</summary>
        public const string Level = "notification-level";

        /// <summary><c>email-list a1[,a2,a3,a4]</c> → <c>email-notify-address-1..4</c>.</summary>
        public const string List = "email-list";

        /// <summary><c>sender-password</c> (Unverified as a keyword) → <c>email-sender-password</c> shows only a status.</summary>
        public const string Password = "sender-password";
    }

    /// <summary><c>show email-parameters</c> property names (Verified, addendum §1.1).</summary>
    public static class Properties
    {
        /// <summary>Overall on/off, <c>Enabled</c>/<c>Disabled</c>.</summary>
        public const string Notification = "email-notification";

        /// <summary>The level <c>notification-level</c> set, e.g. <c>warn</c>, <c>none</c>.</summary>
        public const string Filter = "email-notification-filter";

        /// <summary>Recipient slot n: <c>email-notify-address-</c> + n.</summary>
        public const string AddressPrefix = "email-notify-address-";

        /// <summary><c>None</c>, <c>TLS</c>, <c>SSL</c>.</summary>
        public const string Security = "email-security-protocol";

        /// <summary>The port; empty when unset.</summary>
        public const string Port = "email-smtp-port";

        /// <summary>The server.</summary>
        public const string Server = "email-server";

        /// <summary>The domain.</summary>
        public const string Domain = "email-domain";

        /// <summary>The sender (local part).</summary>
        public const string Sender = "email-sender";

        /// <summary>A status string (<c>Not Configured</c>), never the password.</summary>
        public const string Password = "email-sender-password";
    }

    /// <summary>The status envelope's property names (Verified, reference §6 and addendum §1.2).</summary>
    public static class Status
    {
        /// <summary>The status object's name.</summary>
        public const string Object = "status";

        /// <summary><c>Success</c> or <c>Error</c>.</summary>
        public const string ResponseType = "response-type";

        /// <summary>The message, e.g. <c>Command completed successfully. (2020-11-30 16:40:07)</c>.</summary>
        public const string Response = "response";

        /// <summary>0 on success.</summary>
        public const string ReturnCode = "return-code";
    }

    /// <summary><c>notification-level</c> words (addendum §1.3).</summary>
    public static class Levels
    {
        /// <summary>Critical only.</summary>
        public const string Critical = "crit";

        /// <summary>Error and worse.</summary>
        public const string Error = "error";

        /// <summary>Warning and worse.</summary>
        public const string Warning = "warn";

        /// <summary>Warning and worse plus "resolved" notices.</summary>
        public const string Resolved = "resolved";

        /// <summary>Everything.</summary>
        public const string Info = "info";

        /// <summary>No e-mail (disables notification).</summary>
        public const string None = "none";
    }
}
