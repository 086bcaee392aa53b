using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Drivers.Redfish.Tests.Conformance;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish.Tests.RedfishTool;

/// <summary>
/// The lab's generic Redfish BMC proven against a client we did not write: Debian's <c>redfishtool</c>, the
/// DMTF's own command-line client, reads the service root and the EventService, patches SMTP (it sends the
/// ETag it read as If-Match: the lab requires one in that test), and creates and deletes an SMTP subscription, all through a Redfish session.
/// </summary>
public sealed class RedfishToolTests(RedfishHarness harness) : IClassFixture<RedfishHarness>
{
    private RedfishToolRunner Tool => new($"{harness.LabDevice.Endpoint.Address}:{harness.LabDevice.Endpoint.Port}", HttpsLabHarness.LabUser, HttpsLabHarness.LabPassword);

    /// <summary>redfishtool cannot check certificates, so the test checks that the endpoint it is given presents the lab device's own.</summary>
    private async Task AssertEndpointIsTheLabDeviceAsync()
    {
        var presented = await TlsCertificateProbe.ProbeAsync(harness.LabDevice.Endpoint.Address.ToString(), harness.LabDevice.Endpoint.Port, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal(harness.LabDevice.CertificateSha256, presented.Sha256Fingerprint);
    }

    [RedfishToolFact]
    public async Task Root_ReadsTheServiceRoot()
    {
        await harness.ResetAsync(CancellationToken.None);
        await AssertEndpointIsTheLabDeviceAsync();

        var (code, output, error) = await Tool.RunAsync("root");

        Assert.True(code == 0, error);
        var root = JsonNode.Parse(output)!;
        Assert.Equal(("1.17.0", "/redfish/v1/EventService"), ((string?)root["RedfishVersion"], (string?)root["EventService"]?["@odata.id"]));
    }

    [RedfishToolFact]
    public async Task RawGetEventService_ShowsSmtpWithNullPassword_AndSeverities()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.Smtp.Password = "kept-secret";

        var (code, output, error) = await Tool.RunAsync("raw", "GET", "/redfish/v1/EventService");

        Assert.True(code == 0, error);
        var service = JsonNode.Parse(output)!;
        Assert.Equal(JsonValueKind.Null, service["SMTP"]!["Password"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True((bool)service["SMTP"]!["PasswordSet"]!);
        Assert.Equal(["OK", "Warning", "Critical"], service["Severities"]!.AsArray().Select(s => (string)s!));
        Assert.DoesNotContain("kept-secret", output, StringComparison.Ordinal);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
    }

    [RedfishToolFact]
    public async Task RawPatch_Smtp_IsStoredAndLogged()
    {
        await harness.ResetAsync(CancellationToken.None);
        await AssertEndpointIsTheLabDeviceAsync();
        harness.Model.RequireIfMatch = true;

        var (code, _, error) = await Tool.RunAsync("raw", "PATCH", "/redfish/v1/EventService", "-d", """{"SMTP":{"ServiceEnabled":true,"ServerAddress":"10.6.0.25","Port":587,"ConnectionProtocol":"StartTLS","FromAddress":"bmc-tool@contoso.com"}}""");
        harness.Model.RequireIfMatch = false;

        Assert.True(code == 0, error);
        Assert.Equal((true, "10.6.0.25", 587L, "StartTLS", "bmc-tool@contoso.com"), (harness.Model.Smtp.ServiceEnabled, harness.Model.Smtp.ServerAddress, harness.Model.Smtp.Port, harness.Model.Smtp.ConnectionProtocol, harness.Model.Smtp.FromAddress));
        Assert.Contains(harness.Model.WriteLog.Entries, e => e.Name == "SMTP.Port" && e.Value == "587");
    }

    [RedfishToolFact]
    public async Task RawPatch_PortOutOfRange_IsRefusedWithTheRedfishError()
    {
        await harness.ResetAsync(CancellationToken.None);

        var (code, output, error) = await Tool.RunAsync("-vv", "raw", "PATCH", "/redfish/v1/EventService", "-d", """{"SMTP":{"Port":70000}}""");

        Assert.NotEqual(0, code);
        Assert.Contains("400", output + error, StringComparison.Ordinal);
        Assert.Equal(25, harness.Model.Smtp.Port);
    }

    [RedfishToolFact]
    public async Task RawPostAndDelete_SmtpSubscription_CreatedThenDeleted()
    {
        await harness.ResetAsync(CancellationToken.None);
        var before = harness.Model.Subscriptions.Members.Count;

        var (code, output, error) = await Tool.RunAsync("raw", "POST", "/redfish/v1/EventService/Subscriptions", "-d", """{"Destination":"mailto:tool@contoso.com","Protocol":"SMTP","Context":"redfishtool"}""");

        Assert.True(code == 0, error);
        var created = harness.Model.Subscriptions.Members[^1];
        Assert.Equal(("mailto:tool@contoso.com", "SMTP", "redfishtool"), ((string?)created["Destination"], (string?)created["Protocol"], (string?)created["Context"]));
        Assert.Equal(before + 1, harness.Model.Subscriptions.Members.Count);
        Assert.Contains((string)created["Id"]!, output, StringComparison.Ordinal);

        (code, _, error) = await Tool.RunAsync("raw", "DELETE", (string)created["@odata.id"]!);

        Assert.True(code == 0, error);
        Assert.Equal(before, harness.Model.Subscriptions.Members.Count);
        Assert.Equal(["created mailto:tool@contoso.com", "deleted mailto:tool@contoso.com"], harness.Model.WriteLog.Entries.Where(e => e.Name == "Subscriptions").Select(e => e.Value));
    }
}
