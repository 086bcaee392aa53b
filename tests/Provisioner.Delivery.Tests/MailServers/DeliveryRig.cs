using System.Net;
using Provisioner.Cli;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Inventory;
using Provisioner.Lab.Hosting;
using Provisioner.Mail;
using Provisioner.Mail.Tests;

namespace Provisioner.Delivery.Tests.MailServers;

/// <summary>
/// The whole chain on loopback: a private Postfix configured from our own <c>mail render --target postfix</c>
/// output (with one group deleted from the alias map and one sender range refused), a private Dovecot serving
/// the shared mailbox over IMAPS, and a lab whose devices' relay 10.6.0.25:25 is that Postfix. The inventory
/// names the Dovecot mailbox in its <c>verification</c> section; <see cref="InitializeAsync"/> applies it to the lab.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DeliveryRig : IAsyncLifetime
{
    /// <summary>The IMAP password; the canary test looks for it in every output.</summary>
    public const string ImapPassword = "imap-canary-7f3a9e2b51";

    /// <summary>The SNMP community of the lab devices.</summary>
    public const string Community = "rig-community-5c1d";

    /// <summary>The group the rendered alias map loses before it is applied.</summary>
    public const string MissingGroup = "alerts-environment";

    private const string SharedMailbox = "administrator@contoso.com";
    private static readonly string[] Mailboxes = [SharedMailbox, "it-team@contoso.com", "facilities@contoso.com", "2695555555@vtext.com"];
    private LabHost? lab;
    private readonly Lazy<Task<CliResult>> allDevices;

    public DeliveryRig() => allDevices = new(() => RunCliAsync("test", Inventory, "--lab", LabMapPath, "-o", "json"));

    public string Inventory => InventoryDirectory.Path;

    private TempDirectory InventoryDirectory { get; } = new("provisioner-delivery-inv-");

    private PostfixInstance? PostfixOrNull { get; set; }

    private DovecotInstance? DovecotOrNull { get; set; }

    public string LabMapPath => InventoryDirectory.Combine("lab-map.json");

    public IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["RIG_SNMP_COMMUNITY"] = Community,
        ["RIG_IMAP_PASSWORD"] = ImapPassword,
        ["RIG_HTTP_PW"] = "rig-http-password-93ab",
    };

    public CliResult Apply { get; private set; } = new(-1, string.Empty, string.Empty);

    /// <summary>Every output of every run so far (the canary test searches them).</summary>
    public List<string> Outputs { get; } = [];

    /// <summary>One <c>provisioner test</c> over every device of the rig, JSON on standard output; run once, on first use.</summary>
    public Task<CliResult> AllDevices => allDevices.Value;

    internal PostfixInstance Postfix => PostfixOrNull ?? throw new InvalidOperationException("The rig did not start: " + MailPeers.Missing());

    internal DovecotInstance Dovecot => DovecotOrNull ?? throw new InvalidOperationException("The rig did not start: " + MailPeers.Missing());

    internal LabHost Lab => lab ?? throw new InvalidOperationException("The rig did not start.");

    public async Task InitializeAsync()
    {
        if (MailPeers.Missing() is not null)
        {
            return;
        }

        var postfix = PostfixOrNull = new PostfixInstance(["contoso.com", "vtext.com"], Mailboxes);
        var dovecot = DovecotOrNull = new DovecotInstance(SharedMailbox, ImapPassword, Path.Combine(postfix.MailDirectory, PostfixInstance.MailboxFolder(SharedMailbox)));
        InventoryDirectory.Write("org.yaml", RigInventory.Text(dovecot.Port, dovecot.CertificatePin));

        var render = await RunCliAsync("mail", "render", Inventory, "--target", "postfix", "--out", postfix.RenderedDirectory);
        if (render.ExitCode != 0)
        {
            throw new InvalidOperationException($"mail render failed: {render.Output}{render.Error}");
        }

        var map = Path.Combine(postfix.RenderedDirectory, PostfixRenderer.MapFileName);
        var lines = await File.ReadAllLinesAsync(map);
        await File.WriteAllLinesAsync(map, lines.Where(l => !l.StartsWith(MissingGroup + "@", StringComparison.OrdinalIgnoreCase)));
        await postfix.PrepareAsync();
        var applied = await postfix.ApplyAsync(postfix.RenderedDirectory);
        if (applied.ExitCode != 0)
        {
            throw new InvalidOperationException($"apply-postfix.sh failed: {applied.Text}");
        }

        // The relay refuses one sender range: every sender whose local part starts with 'refused-'.
        await File.WriteAllTextAsync(Path.Combine(postfix.ConfigDirectory, "refused_senders"), "/^refused-/ REJECT sender range closed at the relay\n");
        await ExternalProcess.RunAsync("postconf", ["-c", postfix.ConfigDirectory, "-e", $"smtpd_sender_restrictions = check_sender_access regexp:{Path.Combine(postfix.ConfigDirectory, "refused_senders")}"]);
        await postfix.StartAsync();
        await dovecot.StartAsync();

        var model = (await InventoryLoader.LoadAsync(Inventory, CancellationToken.None)).Inventory ?? throw new InvalidOperationException("The rig's inventory does not load.");
        var secrets = new EnvironmentSecretResolver(name => Environment.GetValueOrDefault(name));
        lab = await LabHost.StartAsync(
            LabSpecBuilder.Specs(model.Devices, secrets),
            new LabHostOptions
            {
                AddressRange = 181,
                PreferredSnmpPort = null,
                PreferredHttpsPort = null,
                RelayEndpoints = new Dictionary<IPEndPoint, IPEndPoint> { [new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25)] = new IPEndPoint(IPAddress.Loopback, postfix.Port) },
            },
            CancellationToken.None);
        await lab.ToMap(0).SaveAsync(LabMapPath, CancellationToken.None);
        Apply = await RunCliAsync("apply", Inventory, "--lab", LabMapPath, "--yes");
    }

    public async Task DisposeAsync()
    {
        if (lab is not null)
        {
            await lab.DisposeAsync();
        }

        if (DovecotOrNull is { } dovecot)
        {
            await dovecot.DisposeAsync();
        }

        if (PostfixOrNull is { } postfix)
        {
            await postfix.DisposeAsync();
        }

        InventoryDirectory.Dispose();
    }

    /// <summary>Runs <c>provisioner</c> in-process with the rig's environment.</summary>
    public Task<CliResult> RunCliAsync(params string[] args) => RunCliAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs <c>provisioner</c> in-process with the rig's environment changed by <paramref name="overrides"/>.</summary>
    public async Task<CliResult> RunCliAsync(IReadOnlyDictionary<string, string> overrides, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => overrides.GetValueOrDefault(name) ?? Environment.GetValueOrDefault(name), IsTerminal: false);
        var exit = await CliApp.RunAsync(args, context, CancellationToken.None);
        var result = new CliResult(exit, output.ToString(), error.ToString());
        lock (Outputs)
        {
            Outputs.Add(result.Output);
            Outputs.Add(result.Error);
        }

        return result;
    }
}
