using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Provisioner.Abstractions;
using Provisioner.Mail.Tests;

namespace Provisioner.Delivery.Tests.MailServers;

/// <summary>
/// A private Dovecot for tests: its own configuration, run and state directories under a temp directory,
/// IMAP over implicit TLS on a free 127.0.0.1 port with a self-signed certificate made here, one user whose
/// mailbox is a Postfix maildir. It never reads or writes /etc/dovecot.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class DovecotInstance : IAsyncDisposable
{
    private readonly TempDirectory root = new("provisioner-dovecot-");
    private bool started;

    /// <summary>Writes the configuration.</summary>
    /// <param name="user">The login, e.g. <c>administrator@contoso.com</c>.</param>
    /// <param name="password">Its password.</param>
    /// <param name="maildir">The maildir the user reads (Postfix's virtual mailbox of the shared mailbox).</param>
    public DovecotInstance(string user, string password, string maildir)
    {
        File.SetUnixFileMode(root.Path, (UnixFileMode)0b111_101_101);
        Port = FreeLoopbackPort();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        CertificatePin = PeerFingerprint.OfCertificate(certificate.RawData);
        File.WriteAllText(root.Combine("cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(root.Combine("key.pem"), key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(root.Combine("users"), $"{user}:{{PLAIN}}{password}::::\n");
        Directory.CreateDirectory(root.Combine("run"));
        Directory.CreateDirectory(root.Combine("state"));
        foreach (var shared in new[] { "index", "home" })
        {
            // The mail process runs as the maildir's owner (nobody, as Postfix's virtual agent writes it).
            Directory.CreateDirectory(root.Combine(shared));
            File.SetUnixFileMode(root.Combine(shared), (UnixFileMode)0b111_111_111);
        }

        File.WriteAllText(ConfigFile, Config(maildir));
    }

    /// <summary>The IMAPS port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The certificate's SHA-256 fingerprint (what the inventory pins).</summary>
    public string CertificatePin { get; }

    public string ConfigFile => root.Combine("dovecot.conf");

    public string Log => File.Exists(root.Combine("dovecot.log")) ? File.ReadAllText(root.Combine("dovecot.log")) : "(no dovecot log)";

    public async Task StartAsync()
    {
        started = true;
        // The daemon keeps the descriptors it inherits; it gets none of ours, so reading its output ends.
        var result = await ExternalProcess.RunAsync("sh", ["-c", "exec dovecot -c \"$1\" </dev/null >/dev/null 2>&1", "sh", ConfigFile]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dovecot did not start ({result.ExitCode}): {result.Text}\n{Log}");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(100, timeout.Token);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            await ExternalProcess.RunAsync("doveadm", ["-c", ConfigFile, "stop"]);
        }

        root.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Config(string maildir) => new StringBuilder()
        .AppendLine($"base_dir = {root.Combine("run")}")
        .AppendLine($"state_dir = {root.Combine("state")}")
        .AppendLine($"log_path = {root.Combine("dovecot.log")}")
        .AppendLine("protocols = imap")
        .AppendLine("listen = 127.0.0.1")
        .AppendLine("ssl = required")
        .AppendLine($"ssl_cert = <{root.Combine("cert.pem")}")
        .AppendLine($"ssl_key = <{root.Combine("key.pem")}")
        .AppendLine("auth_mechanisms = plain")
        .AppendLine("default_internal_user = dovecot")
        .AppendLine("default_login_user = dovenull")
        .AppendLine("first_valid_uid = 1")
        .AppendLine($"passdb {{\n  driver = passwd-file\n  args = {root.Combine("users")}\n}}")
        .AppendLine($"userdb {{\n  driver = static\n  args = uid=65534 gid=65534 home={root.Combine("home")}\n}}")
        .AppendLine($"mail_location = maildir:{maildir}:INDEX={root.Combine("index")}/%u")
        .AppendLine("service imap-login {\n  inet_listener imap {\n    port = 0\n  }\n  inet_listener imaps {")
        .AppendLine($"    port = {Port}\n    ssl = yes\n  }}\n}}")
        .ToString();
}
