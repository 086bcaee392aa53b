using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Provisioner.Mail.Tests;

/// <summary>
/// The rendered Postfix configuration, applied with the rendered script to a private Postfix
/// instance (<see cref="PostfixFixture"/>), passes Postfix's own checks and delivers group mail.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PostfixDeliveryTests(PostfixFixture fixture) : IClassFixture<PostfixFixture>
{
    [Fact]
    public void Apply_FreshInstance_SetsMynetworksToLoopbackPlusRelayRanges()
    {
        Assert.True(fixture.FirstApply.ExitCode == 0, fixture.FirstApply.Text);
        Assert.Equal("127.0.0.0/8 [::1]/128 10.6.0.0/16 10.8.0.0/16", fixture.MyNetworks);
    }

    [Fact]
    public void Apply_FreshInstance_AddsTheMapAndKeepsExistingAliasMaps()
    {
        var config = fixture.Postfix.ConfigDirectory;
        Assert.Equal($"hash:{config}/existing_aliases, hash:{config}/{PostfixRenderer.MapFileName}", fixture.VirtualAliasMaps);
        Assert.True(File.Exists(Path.Combine(config, PostfixRenderer.MapFileName + ".db")), "postmap did not compile the map");
    }

    [Fact]
    public void Apply_SecondRun_LeavesMainCfUnchanged()
    {
        Assert.True(fixture.SecondApply.ExitCode == 0, fixture.SecondApply.Text);
        Assert.Equal(fixture.MainCfAfterFirstApply, fixture.MainCfAfterSecondApply);
        Assert.DoesNotContain("mynetworks:", fixture.SecondApply.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PostfixCheck_AppliedConfiguration_Passes()
    {
        Assert.True(fixture.Check.ExitCode == 0, fixture.Check.Text + fixture.Postfix.Log);
    }

    [Fact]
    public void Apply_WhilePostfixRuns_Reloads()
    {
        Assert.True(fixture.ReloadApply.ExitCode == 0, fixture.ReloadApply.Text);
        Assert.Contains("reload", fixture.Postfix.Log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Send_ToEachGroup_DeliveredToEveryMemberMailboxIncludingExternal()
    {
        var side = SampleMailSide.Create();
        await SendAsync(fixture.Postfix.Port, side.Groups.Select(g => g.Address));

        foreach (var group in side.Groups)
        {
            foreach (var member in group.AllRecipients)
            {
                var delivered = await WaitForAsync(() => fixture.Postfix.Delivered(member).Any(m => m.Contains($"Subject: test to {group.Address}", StringComparison.Ordinal)));
                Assert.True(delivered, $"No message to {group.Address} reached {member}.\n{fixture.Postfix.Log}");
            }
        }

        Assert.DoesNotContain(fixture.Postfix.Delivered("it-team@contoso.com"), m => m.Contains("Subject: test to alerts-power@", StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_LeavesTheSystemPostfixConfigurationUntouched()
    {
        Assert.Equal(fixture.EtcPostfixBefore, PostfixFixture.HashTree("/etc/postfix"));
    }

    private static async Task SendAsync(int port, IEnumerable<string> groups)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        foreach (var group in groups)
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse("ups-ny-01@contoso.com"));
            message.To.Add(MailboxAddress.Parse(group));
            message.Subject = $"test to {group}";
            message.Body = new TextPart("plain") { Text = "Provisioner mail test" };
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(quit: true);
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        return condition();
    }
}
