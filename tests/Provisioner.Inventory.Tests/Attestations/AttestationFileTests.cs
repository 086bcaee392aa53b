using Provisioner.Abstractions;
using Provisioner.Inventory.Attestations;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Attestations;

public sealed class AttestationFileTests
{
    private static readonly DateTimeOffset When = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToYaml_ThenParse_GivesTheSameEntriesSorted()
    {
        Attestation[] entries =
        [
            new("PDU-NY-07", SettingKey.AlertsMinimumSeverity, "warning", "jane", When),
            new("PDU-NY-07", SettingKey.SmtpFrom, "pdu-ny-07@contoso.com", "Jane Doe: ops #2", When),
            new("ATS-NY-01", SettingKey.SmtpEnabled, "(empty)", "bob", When),
        ];

        var parsed = AttestationFile.Parse("attestations.yaml", AttestationWriter.ToYaml(entries));

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(
            [("ATS-NY-01", "smtp.enabled", "(empty)", "bob"), ("PDU-NY-07", "smtp.from", "pdu-ny-07@contoso.com", "Jane Doe: ops #2"), ("PDU-NY-07", "alerts.minimum_severity", "warning", "jane")],
            parsed.Attestations.Select(a => (a.Device, a.Setting.Name, a.Value, a.By)));
        Assert.All(parsed.Attestations, a => Assert.Equal(When, a.At));
    }

    [Fact]
    public void Parse_BlockStyleEntry_IsReadWithItsLocation()
    {
        const string Text = "attestations:\n  - device: PDU-NY-07\n    setting: smtp.from\n    value: pdu-ny-07@contoso.com\n    by: jane\n    at: 2026-12-07T10:00:00Z\n";

        var entry = Assert.Single(AttestationFile.Parse("a.yaml", Text).Attestations);

        Assert.Equal(new SourceLocation("a.yaml", 2, 5), entry.Source);
        Assert.Equal(When, entry.At);
    }

    [Theory]
    [InlineData("attestations:\n  - { device: D1, setting: smtp.sender, value: x, by: jane, at: 2026-12-07T10:00:00Z }\n", 2, 28, "'smtp.sender' is not a setting that can be attested")]
    [InlineData("attestations:\n  - { device: D1, setting: smtp.auth.password, value: x, by: jane, at: 2026-12-07T10:00:00Z }\n", 2, 28, "'smtp.auth.password' is not a setting that can be attested")]
    [InlineData("attestations:\n  - { device: D1, setting: smtp.from, value: x, by: jane, at: yesterday }\n", 2, 63, "'yesterday' is not a date and time")]
    [InlineData("attestations:\n  - { device: D1, setting: smtp.from, value: x, by: jane }\n", 2, 5, "The attestation has no 'at'")]
    [InlineData("attestations:\n  - { device: D1, setting: smtp.from, value: x, by: jane, at: 2026-12-07, who: bob }\n", 2, 75, "Unknown key 'who' in an attestation")]
    [InlineData("attestations:\n  - just text\n", 2, 5, "An attestation must be a mapping")]
    [InlineData("attestation:\n  - { device: D1 }\n", 1, 1, "The attestations file must hold one key, 'attestations', with a list")]
    [InlineData("attestations: [\n", 2, 1, "The attestations file is not valid YAML")]
    [InlineData("attestations:\n  - { device: D1, setting: smtp.from, value: x, by: jane, at: 2026-12-07 }\n  - { device: D1, setting: smtp.from, value: y, by: bob, at: 2026-12-08 }\n", 3, 5, "D1 smtp.from is attested twice")]
    public void Parse_Problem_IsAnErrorAtFileLineColumnAndKeepsNoEntry(string text, int line, int column, string summary)
    {
        var result = AttestationFile.Parse("attestations.yaml", text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((AttestationFile.InvalidCode, DiagnosticSeverity.Error, summary), (error.Code, error.Severity, error.Summary));
        Assert.Equal(new SourceLocation("attestations.yaml", line, column), error.Source);
        Assert.Empty(result.Attestations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing recorded yet\n")]
    [InlineData("attestations:\n")]
    public void Parse_NothingRecorded_IsEmptyWithoutProblems(string text)
    {
        var result = AttestationFile.Parse("attestations.yaml", text);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Attestations);
    }

    [Fact]
    public async Task LoadAsync_NoFile_HoldsNoAttestations()
    {
        var result = await AttestationFile.LoadAsync(Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}.yaml"), CancellationToken.None);

        Assert.Empty(result.Attestations);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task PathFor_DirectoryInventory_IsInsideAndTheLoaderDoesNotReadItAsInventory()
    {
        var directory = Directory.CreateTempSubdirectory("provisioner-attestations-").FullName;
        try
        {
            File.Copy(Path.Combine(Examples.Minimal, "inventory.yaml"), Path.Combine(directory, "inventory.yaml"));
            await AttestationWriter.SaveAsync(AttestationFile.PathFor(directory), [new Attestation("X", SettingKey.SmtpFrom, "x@contoso.com", "jane", When)], CancellationToken.None);

            var loaded = await InventoryLoader.LoadAsync(directory, CancellationToken.None);

            Assert.Equal(Path.Combine(directory, AttestationFile.FileName), AttestationFile.PathFor(directory));
            Assert.False(loaded.Diagnostics.HasErrors, string.Join("\n", loaded.Diagnostics));
            Assert.Equal(Path.Combine(directory, AttestationFile.FileName), AttestationFile.PathFor(Path.Combine(directory, "inventory.yaml")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
