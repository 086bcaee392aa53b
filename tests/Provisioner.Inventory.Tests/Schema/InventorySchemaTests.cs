using System.Text.Json;
using Json.Schema;
using Provisioner.Inventory.Tests.Support;
using YamlDotNet.Serialization;

namespace Provisioner.Inventory.Tests.Schema;

/// <summary>inventory/schema.json (for editors) agrees with the loader: valid examples validate, and it rejects what the loader rejects.</summary>
public sealed class InventorySchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Examples.Inventory, "schema.json"))));

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { Examples.Contoso, Examples.Minimal })
        {
            foreach (var file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Examples.Inventory, file));
            }
        }

        return data;
    }

    public static TheoryData<string> AllExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Examples.Inventory, "examples"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Examples.Inventory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Evaluate_ValidExample_IsValid(string file)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(Examples.Inventory, file)));

        Assert.True(results.IsValid, string.Join("; ", Errors(results)));
    }

    [Theory]
    [MemberData(nameof(AllExampleFiles))]
    public void ExampleFile_StartsWithTheSchemaComment(string file)
    {
        var first = File.ReadLines(Path.Combine(Examples.Inventory, file)).First();
        var reference = first.Replace("# yaml-language-server: $schema=", string.Empty, StringComparison.Ordinal);

        Assert.StartsWith("# yaml-language-server: $schema=", first, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.Combine(Examples.Inventory, file))!, reference)), $"{file}: {reference} does not exist");
    }

    [Theory]
    [InlineData("unknown-key")]
    [InlineData("wrong-type")]
    [InlineData("invalid-value")]
    [InlineData("inline-secret")]
    [InlineData("missing-value")]
    public void Evaluate_BadExampleTheSchemaCanSee_IsInvalid(string name)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(Examples.Bad, name, "inventory.yaml")));

        Assert.False(results.IsValid);
    }

    [Theory]
    [InlineData("private_key: file:keys/ups.key, private_key_passphrase: env:KEY_PASSPHRASE", true)]
    [InlineData("password: env:SSH_PASSWORD, private_key_passphrase: env:KEY_PASSPHRASE", false)]
    [InlineData("private_key: file:keys/ups.key, private_key_passphrase: hunter2", false)]
    public void Evaluate_SshPrivateKeyPassphrase_AgreesWithTheLoader(string fields, bool valid)
    {
        const string SetLine = "    snmp: { version: 2c, community: env:FABRIKAM_COMMUNITY }\n";
        var text = Examples.MinimalWith(SetLine, SetLine + $"    ssh: {{ user: apc, {fields} }}\n");

        Assert.Equal(valid, Evaluate(text).IsValid);
        Assert.Equal(valid, !Examples.LoadText(text).Diagnostics.Any(d => d.Severity == Provisioner.Abstractions.DiagnosticSeverity.Error));
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var graph = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize(new StringReader(yaml));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(graph);
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
}
