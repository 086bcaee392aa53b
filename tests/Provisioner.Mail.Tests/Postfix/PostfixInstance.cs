using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Provisioner.Mail.Tests;

/// <summary>
/// A private Postfix instance for tests: its own configuration, queue, data and mail directories
/// under a temp directory, smtpd on a free 127.0.0.1 port, virtual mailboxes (maildirs) for the
/// test domains, and nothing delivered off the host. It never reads or writes /etc/postfix.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class PostfixInstance : IAsyncDisposable
{
    private const string NoOutbound = "error:tests deliver nothing off this host";
    private readonly TempDirectory root = new("provisioner-postfix-");
    private bool started;

    public PostfixInstance(IEnumerable<string> mailboxDomains, IEnumerable<string> mailboxes)
    {
        ExternalProcess.Require("postfix");
        File.SetUnixFileMode(root.Path, (UnixFileMode)0b111_101_101);
        Directory.CreateDirectory(ConfigDirectory);
        Directory.CreateDirectory(root.Combine("queue"));
        Directory.CreateDirectory(RenderedDirectory);
        Directory.CreateDirectory(MailDirectory);
        File.SetUnixFileMode(MailDirectory, (UnixFileMode)0b111_111_111);
        Port = FreeLoopbackPort();
        File.WriteAllText(Path.Combine(ConfigDirectory, "main.cf"), MainCf(mailboxDomains));
        File.WriteAllText(Path.Combine(ConfigDirectory, "master.cf"), MasterCf(Port));
        File.WriteAllLines(Path.Combine(ConfigDirectory, "vmailbox"), mailboxes.Select(m => $"{m} {MailboxFolder(m)}/"));
        File.WriteAllText(Path.Combine(ConfigDirectory, "existing_aliases"), "postmaster@contoso.com administrator@contoso.com\n");
    }

    public string ConfigDirectory => root.Combine("conf");

    public string MailDirectory => root.Combine("mail");

    /// <summary>Where a test puts the rendered files before applying them.</summary>
    public string RenderedDirectory => root.Combine("rendered");

    public int Port { get; }

    public string Log => File.Exists(root.Combine("maillog")) ? File.ReadAllText(root.Combine("maillog")) : "(no maillog)";

    public static string MailboxFolder(string address) => address.Replace('@', '_');

    public async Task PrepareAsync()
    {
        await RunOrFailAsync("postmap", "-c", ConfigDirectory, "hash:" + Path.Combine(ConfigDirectory, "vmailbox"));
        await RunOrFailAsync("postmap", "-c", ConfigDirectory, "hash:" + Path.Combine(ConfigDirectory, "existing_aliases"));
    }

    public Task<ExternalProcess.Result> PostconfAsync(string parameter) =>
        ExternalProcess.RunAsync("postconf", ["-c", ConfigDirectory, "-h", parameter]);

    public async Task<ExternalProcess.Result> ApplyAsync(string renderedDirectory) =>
        await ExternalProcess.RunAsync("sh", [Path.Combine(renderedDirectory, PostfixRenderer.ScriptFileName)],
            new Dictionary<string, string> { ["POSTFIX_CONFIG_DIR"] = ConfigDirectory });

    public Task<ExternalProcess.Result> CheckAsync() => ExternalProcess.RunAsync("postfix", ["-c", ConfigDirectory, "check"]);

    public async Task StartAsync()
    {
        started = true;
        await RunOrFailAsync("postfix", "-c", ConfigDirectory, "start");
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

    public IReadOnlyList<string> Delivered(string address)
    {
        var folder = Path.Combine(MailDirectory, MailboxFolder(address), "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(File.ReadAllText).ToList() : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            await ExternalProcess.RunAsync("postfix", ["-c", ConfigDirectory, "stop"]);
        }

        root.Dispose();
    }

    private async Task RunOrFailAsync(string program, params string[] arguments)
    {
        var result = await ExternalProcess.RunAsync(program, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Text}\n{Log}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string MainCf(IEnumerable<string> mailboxDomains) => new StringBuilder()
        .AppendLine("compatibility_level = 3.6")
        .AppendLine($"queue_directory = {root.Combine("queue")}")
        .AppendLine($"data_directory = {root.Combine("data")}")
        .AppendLine("mail_owner = postfix")
        .AppendLine("setgid_group = postdrop")
        .AppendLine("myhostname = relay.provisioner.test")
        .AppendLine("mydestination =")
        .AppendLine("inet_interfaces = loopback-only")
        .AppendLine("inet_protocols = ipv4")
        .AppendLine($"maillog_file = {root.Combine("maillog")}")
        .AppendLine($"maillog_file_prefixes = {root.Path}")
        .AppendLine("mynetworks = 127.0.0.0/8")
        .AppendLine($"virtual_alias_maps = hash:{Path.Combine(ConfigDirectory, "existing_aliases")}")
        .AppendLine($"virtual_mailbox_domains = {string.Join(' ', mailboxDomains)}")
        .AppendLine($"virtual_mailbox_base = {MailDirectory}")
        .AppendLine($"virtual_mailbox_maps = hash:{Path.Combine(ConfigDirectory, "vmailbox")}")
        .AppendLine("virtual_uid_maps = static:65534")
        .AppendLine("virtual_gid_maps = static:65534")
        .AppendLine("alias_maps =")
        .AppendLine("alias_database =")
        .AppendLine($"default_transport = {NoOutbound}")
        .AppendLine($"relay_transport = {NoOutbound}")
        .AppendLine("smtputf8_enable = no")
        .ToString();

    private static string MasterCf(int port) =>
        $"127.0.0.1:{port} inet n - n - - smtpd\n" + """
        pickup    unix  n       -       n       60      1       pickup
        cleanup   unix  n       -       n       -       0       cleanup
        qmgr      unix  n       -       n       300     1       qmgr
        rewrite   unix  -       -       n       -       -       trivial-rewrite
        bounce    unix  -       -       n       -       0       bounce
        defer     unix  -       -       n       -       0       bounce
        trace     unix  -       -       n       -       0       bounce
        verify    unix  -       -       n       -       1       verify
        flush     unix  n       -       n       1000?   0       flush
        proxymap  unix  -       -       n       -       -       proxymap
        showq     unix  n       -       n       -       -       showq
        error     unix  -       -       n       -       -       error
        retry     unix  -       -       n       -       -       error
        discard   unix  -       -       n       -       -       discard
        virtual   unix  -       n       n       -       -       virtual
        anvil     unix  -       -       n       -       1       anvil
        scache    unix  -       -       n       -       1       scache
        postlog   unix-dgram n  -       n       -       1       postlogd

        """;
}
