using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;

namespace Provisioner.Mail.Tests;

/// <summary>
/// Renders the sample mail side for Postfix, then, on one private Postfix instance (starting
/// Postfix costs seconds): applies it with the rendered script, applies it again, runs
/// <c>postfix check</c>, starts Postfix and applies once more (the reload path). The tests of
/// <see cref="PostfixDeliveryTests"/> assert on what each step left.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PostfixFixture : IAsyncLifetime
{
    private static readonly string[] Mailboxes =
        ["administrator@contoso.com", "it-team@contoso.com", "facilities@contoso.com", "2695555555@vtext.com"];

    internal PostfixInstance Postfix { get; } = new(["contoso.com", "vtext.com"], Mailboxes);

    internal string EtcPostfixBefore { get; } = HashTree("/etc/postfix");

    internal ExternalProcess.Result FirstApply { get; private set; } = null!;

    internal ExternalProcess.Result SecondApply { get; private set; } = null!;

    internal ExternalProcess.Result Check { get; private set; } = null!;

    internal ExternalProcess.Result ReloadApply { get; private set; } = null!;

    internal string MainCfAfterFirstApply { get; private set; } = string.Empty;

    internal string MainCfAfterSecondApply { get; private set; } = string.Empty;

    internal string MyNetworks { get; private set; } = string.Empty;

    internal string VirtualAliasMaps { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var rendered = Postfix.RenderedDirectory;
        foreach (var file in new PostfixRenderer(new FakeTimeProvider()).Render(SampleMailSide.Create()))
        {
            await File.WriteAllTextAsync(Path.Combine(rendered, file.Name), file.Content);
        }

        var mainCf = Path.Combine(Postfix.ConfigDirectory, "main.cf");
        await Postfix.PrepareAsync();
        FirstApply = await Postfix.ApplyAsync(rendered);
        MainCfAfterFirstApply = await File.ReadAllTextAsync(mainCf);
        MyNetworks = (await Postfix.PostconfAsync("mynetworks")).Output.Trim();
        VirtualAliasMaps = (await Postfix.PostconfAsync("virtual_alias_maps")).Output.Trim();
        SecondApply = await Postfix.ApplyAsync(rendered);
        MainCfAfterSecondApply = await File.ReadAllTextAsync(mainCf);
        Check = await Postfix.CheckAsync();
        await Postfix.StartAsync();
        ReloadApply = await Postfix.ApplyAsync(rendered);
    }

    public async Task DisposeAsync() => await Postfix.DisposeAsync();

    internal static string HashTree(string directory) =>
        !Directory.Exists(directory) ? "(absent)" : string.Join('\n', Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => f + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
}
