using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

public sealed class InventoryLoaderTests
{
    [Fact]
    public async Task LoadAsync_Contoso_LoadsEveryDeviceWithoutDiagnostics()
    {
        var result = await InventoryLoader.LoadAsync(Examples.Contoso, CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        var inventory = Assert.IsType<InventoryModel>(result.Inventory);
        Assert.Equal(17, inventory.Devices.Count);
        Assert.Equal(["newyork", "detroit"], inventory.Sites.Select(s => s.Id).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal([DeviceKind.Ups, DeviceKind.Pdu, DeviceKind.Sensor, DeviceKind.San, DeviceKind.Nas, DeviceKind.Bmc, DeviceKind.DcPower], inventory.Devices.Select(d => d.Kind).Distinct().Order());
        Assert.Equal([DeviceCategory.Environment, DeviceCategory.Power, DeviceCategory.Systems, DeviceCategory.Storage], inventory.Devices.Select(d => d.Category).Distinct().Order());
    }

    [Fact]
    public async Task LoadAsync_Contoso_ReadsFilesInOrdinalOrder()
    {
        var result = await InventoryLoader.LoadAsync(Examples.Contoso, CancellationToken.None);

        var files = result.Inventory!.Files.Select(f => Path.GetRelativePath(Examples.Contoso, f).Replace('\\', '/'));
        Assert.Equal(["groups.yaml", "org.yaml", "sites/detroit.yaml", "sites/newyork.yaml"], files);
    }

    [Fact]
    public async Task LoadAsync_Contoso_ResolvesSiteAndDeviceCredentials()
    {
        var inventory = (await InventoryLoader.LoadAsync(Examples.Contoso, CancellationToken.None)).Inventory!;

        var ups = inventory.Devices.Single(d => d.Name == "UPS-NY-01");
        Assert.Equal("snmp-ny", ups.Credentials!.Name);
        Assert.Equal(SnmpVersion.V3, ups.Credentials.Snmp!.Version);
        Assert.Equal(SnmpAuthProtocol.Sha256, ups.Credentials.Snmp.AuthProtocol);
        Assert.Equal(new SecretReference(SecretScheme.Environment, "NY_SNMP_PRIV"), ups.Credentials.Snmp.PrivPassword);
    }

    [Fact]
    public void LoadText_DeviceCredentialsAndPort_OverrideTheSites()
    {
        var yaml = Examples.MinimalWith("credentials:\n", "credentials:\n  api:\n    http: { user: admin, password: env:API_PW }\n")
            .Replace("address: 10.20.1.11 }", "address: 10.20.1.11, port: 443, credentials: api }", StringComparison.Ordinal);

        var ups = Examples.LoadText(yaml).Inventory!.Devices.Single(d => d.Name == "UPS-01");

        Assert.Equal("api", ups.Credentials!.Name);
        Assert.Equal(new SecretReference(SecretScheme.Environment, "API_PW"), ups.Credentials.Http!.Password);
        Assert.Equal(443, ups.Port);
    }

    [Fact]
    public async Task LoadAsync_MissingPath_ReportsNotFound()
    {
        var result = await InventoryLoader.LoadAsync(Path.Combine(Path.GetTempPath(), "no-such-inventory-" + Guid.NewGuid()), CancellationToken.None);

        Assert.Null(result.Inventory);
        Assert.Equal(InventoryDiagnosticCodes.NotFound, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task LoadAsync_DirectoryWithoutYaml_ReportsNotFound()
    {
        var directory = Directory.CreateTempSubdirectory("provisioner-empty-");
        try
        {
            var result = await InventoryLoader.LoadAsync(directory.FullName, CancellationToken.None);

            Assert.Equal(InventoryDiagnosticCodes.NotFound, Assert.Single(result.Diagnostics).Code);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public async Task LoadAsync_SingleFile_Loads()
    {
        var result = await InventoryLoader.LoadAsync(Path.Combine(Examples.Minimal, "inventory.yaml"), CancellationToken.None);

        Assert.Equal(2, result.Inventory!.Devices.Count);
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InventoryLoader.LoadAsync(Examples.Contoso, cancellation.Token));
    }

    [Fact]
    public void LoadFromText_InlineSecret_NeverEchoesTheSecret()
    {
        const string Canary = "Canary-S3cret-Value";
        var result = Examples.LoadText(Examples.MinimalWith("community: env:FABRIKAM_COMMUNITY", "community: " + Canary));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(InventoryDiagnosticCodes.InlineSecret, diagnostic.Code);
        Assert.DoesNotContain(Canary, diagnostic.ToString() + diagnostic.Detail, StringComparison.Ordinal);
        Assert.Contains("env:", diagnostic.Detail, StringComparison.Ordinal);
        Assert.Contains("file:", diagnostic.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromText_SeveralErrorsInOneFile_ReportsThemAll()
    {
        var yaml = Examples.MinimalWith("  port: 25\n", "  port: many\n  prot: 25\n").Replace("name: APP-01, ", "nme: APP-01, ", StringComparison.Ordinal);

        var codes = Examples.LoadText(yaml).Diagnostics.Select(d => d.Code).ToList();

        Assert.Equal(
            [InventoryDiagnosticCodes.UnknownKey, InventoryDiagnosticCodes.WrongType, InventoryDiagnosticCodes.UnknownKey, InventoryDiagnosticCodes.MissingValue],
            codes);
    }

    [Fact]
    public void LoadFromText_UnknownKey_SuggestsTheNearestKey()
    {
        var result = Examples.LoadText(Examples.MinimalWith("  shared_mailbox:", "  shared_mailbx:"));

        Assert.Contains(result.Diagnostics, d => d.Code == InventoryDiagnosticCodes.UnknownKey && d.Detail.StartsWith("Did you mean 'shared_mailbox'?", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadFromText_SectionsSplitOverFiles_Merge()
    {
        var text = Examples.MinimalText;
        var sitesAt = text.IndexOf("sites:", StringComparison.Ordinal);

        var result = InventoryLoader.LoadFromText(
        [
            new("org.yaml", text[..sitesAt]),
            new("sites/main.yaml", text[sitesAt..]),
        ]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("sites/main.yaml", result.Inventory!.Devices[0].Sources.Self.File);
    }

    [Fact]
    public void LoadFromText_SameSiteInTwoFiles_NamesBothPlaces()
    {
        var text = Examples.MinimalText;
        var sitesAt = text.IndexOf("sites:", StringComparison.Ordinal);

        var result = InventoryLoader.LoadFromText([new("a.yaml", text), new("b.yaml", text[sitesAt..].Replace("UPS-01", "UPS-99", StringComparison.Ordinal))]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(InventoryDiagnosticCodes.DuplicateDefinition, diagnostic.Code);
        Assert.Equal("b.yaml", diagnostic.Source!.File);
        Assert.Contains("a.yaml:28:3", diagnostic.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromText_TopLevelNotAMapping_ReportsWrongType()
    {
        var result = Examples.LoadText("- just\n- a list\n");

        Assert.Contains(result.Diagnostics, d => d.Code == InventoryDiagnosticCodes.WrongType && d.Source == new SourceLocation("test.yaml", 1, 1));
    }

    [Fact]
    public void LoadFromText_SnmpV3PrivWithoutAuth_ReportsInvalidValue()
    {
        var result = Examples.LoadText(Examples.MinimalWith("snmp: { version: 2c, community: env:FABRIKAM_COMMUNITY }", "snmp: { version: \"3\", user: p, priv: aes, priv_password: env:P }"));

        Assert.Contains(result.Diagnostics, d => d.Code == InventoryDiagnosticCodes.InvalidValue);
    }
}
