using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads the <c>verification</c> section: the IMAP mailbox <c>provisioner test</c> watches.</summary>
internal static class VerificationReader
{
    private static readonly string[] Keys = ["host", "port", "security", "user", "password", "folder", "certificate_sha256", "timeout"];

    /// <summary>Reads <c>verification</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The verification settings, or null when incomplete.</returns>
    public static Verification? Read(SyntaxNode node, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "verification", "'verification: { host: mail01.contoso.com, user: administrator@contoso.com, password: env:IMAP_PASSWORD }'", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new MappingFields(mapping, "verification", Keys, diagnostics);
        var hostNode = fields.Scalar("host", true, "mail01.contoso.com");
        var host = AddressSyntax.HostOrAddress(hostNode, "verification.host", diagnostics);
        var port = fields.Integer("port", 1, 65535);
        var security = fields.Choice("security", InventoryNames.Securities) ?? SmtpSecurity.Tls;
        var user = fields.Text("user", true, "administrator@contoso.com");
        var password = fields.Secret("password", "IMAP_PASSWORD", true);
        var folderNode = fields.Scalar("folder");
        if (folderNode is not null && string.IsNullOrWhiteSpace(folderNode.Value))
        {
            diagnostics.Add(NodeChecks.Invalid(folderNode.Start, "verification.folder is empty", "Name the IMAP folder the test alerts land in, e.g. 'folder: INBOX' or 'folder: Alerts'."));
        }

        var pinNode = fields.Scalar("certificate_sha256");
        string? pin = null;
        if (pinNode is not null && !PeerFingerprint.TryParseCertificatePin(pinNode.Value, out pin))
        {
            diagnostics.Add(NodeChecks.Invalid(pinNode.Start, $"verification.certificate_sha256 '{pinNode.Value}' is not a SHA-256 fingerprint", "Write the 64 hex digits 'openssl x509 -noout -fingerprint -sha256' shows for the IMAP server's certificate, or delete the key to trust the system store."));
        }

        var timeout = fields.Integer("timeout", 1, 86_400);
        if (host is null || user is null || password is null)
        {
            return null;
        }

        return new Verification
        {
            Host = host,
            Port = port ?? (security == SmtpSecurity.Tls ? 993 : 143),
            Security = security,
            User = user,
            Password = password,
            Folder = string.IsNullOrWhiteSpace(folderNode?.Value) ? "INBOX" : folderNode.Value,
            CertificatePin = pin,
            Timeout = TimeSpan.FromSeconds(timeout ?? 120),
            Sources = fields.Sources,
        };
    }
}
