using Microsoft.Extensions.Time.Testing;

namespace Provisioner.Mail.Tests;

public sealed class DnsRendererTests(DnsRunspace dns) : IClassFixture<DnsRunspace>, IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static RenderedFile Rendered(string name, MailSide? side = null) =>
        Assert.Single(new DnsRenderer(new FakeTimeProvider()).Render(side ?? SampleMailSide.Create()), f => f.Name == name);

    [Fact]
    public void Render_Zone_HoldsTheSmtpCnameToTheRelayFqdn()
    {
        var zone = Rendered(DnsRenderer.ZoneFileName).Content;

        Assert.Contains("\nsmtp\tIN\tCNAME\tmail01.contoso.com.\n", zone, StringComparison.Ordinal);
        Assert.StartsWith("; BIND zone fragment", zone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ZoneIncludedInTestZone_AcceptedByNamedCheckzone()
    {
        var fragment = directory.Write(DnsRenderer.ZoneFileName, Rendered(DnsRenderer.ZoneFileName).Content);
        var zone = directory.Write("contoso.com.zone", $"""
            $TTL 3600
            @       IN SOA  ns1.contoso.com. hostmaster.contoso.com. ( 2026113001 3600 600 1209600 3600 )
                    IN NS   ns1.contoso.com.
            ns1     IN A    127.0.0.53
            mail01  IN A    127.0.0.25
            $INCLUDE {fragment}

            """);

        var result = await ExternalProcess.RunAsync(ExternalProcess.Require("named-checkzone"), ["-i", "full", "contoso.com", zone]);

        Assert.True(result.ExitCode == 0, result.Text);
        Assert.Contains("OK", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ZoneWithClashingRecord_RejectedByNamedCheckzone()
    {
        var fragment = directory.Write(DnsRenderer.ZoneFileName, Rendered(DnsRenderer.ZoneFileName).Content);
        var zone = directory.Write("clash.zone", $"""
            $TTL 3600
            @       IN SOA  ns1.contoso.com. hostmaster.contoso.com. ( 1 3600 600 1209600 3600 )
                    IN NS   ns1.contoso.com.
            ns1     IN A    127.0.0.53
            smtp    IN A    127.0.0.25
            $INCLUDE {fragment}

            """);

        var result = await ExternalProcess.RunAsync(ExternalProcess.Require("named-checkzone"), ["contoso.com", zone]);

        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Render_Script_ParsesWithoutErrors()
    {
        PowerShellSyntax.ParseOrFail(Rendered(DnsRenderer.ScriptFileName).Content, DnsRenderer.ScriptFileName);
    }

    [Fact]
    public void Run_EmptyZone_AddsTheCnameOnce()
    {
        dns.Reset();
        var script = directory.Write(DnsRenderer.ScriptFileName, Rendered(DnsRenderer.ScriptFileName).Content);

        var first = dns.RunScript(script);
        var second = dns.RunScript(script);

        Assert.Equal(["Add-DnsServerResourceRecordCName contoso.com smtp mail01.contoso.com."], first.Changes);
        Assert.Empty(second.Changes);
        Assert.Equal(["smtp CNAME mail01.contoso.com."], dns.State());
    }

    [Fact]
    public void Run_CnameToOtherHost_RetargetsIt()
    {
        dns.Reset(("smtp", "CNAME", "old-mail.contoso.com."));
        var script = directory.Write(DnsRenderer.ScriptFileName, Rendered(DnsRenderer.ScriptFileName).Content);

        var result = dns.RunScript(script);

        Assert.Equal(["Set-DnsServerResourceRecord contoso.com smtp mail01.contoso.com."], result.Changes);
        Assert.Equal(["smtp CNAME mail01.contoso.com."], dns.State());
    }

    [Fact]
    public void Run_NameHasAnARecord_StopsWithoutChanging()
    {
        dns.Reset(("smtp", "A", "127.0.0.25"));
        var script = directory.Write(DnsRenderer.ScriptFileName, Rendered(DnsRenderer.ScriptFileName).Content);

        var error = Assert.ThrowsAny<Exception>(() => dns.RunScript(script));

        Assert.Contains("already has A records", error.Message, StringComparison.Ordinal);
        Assert.Empty(dns.Changes());
    }

    [Fact]
    public void Run_WhatIf_ChangesNothing()
    {
        dns.Reset(("smtp", "CNAME", "old-mail.contoso.com."));
        var script = directory.Write(DnsRenderer.ScriptFileName, Rendered(DnsRenderer.ScriptFileName).Content);

        var result = dns.RunScript(script, new Dictionary<string, object> { ["WhatIf"] = true });

        Assert.Empty(result.Changes);
        Assert.Equal(["smtp CNAME old-mail.contoso.com."], dns.State());
    }
}
