using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Readers for the small top-level sections: organisation, defaults, groups and categories.</summary>
internal static class SectionReaders
{
    private static readonly string[] OrganisationKeys = ["name", "domain", "shared_mailbox"];
    private static readonly string[] DefaultsKeys = ["enabled", "minimum_severity", "parallel"];
    private static readonly string[] GroupKeys = ["members", "external", "hidden"];

    /// <summary>Reads <c>organisation</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The organisation, or null when incomplete.</returns>
    public static Organisation? Organisation(SyntaxNode node, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "organisation", "'organisation: { name: Contoso, domain: contoso.com, shared_mailbox: administrator@contoso.com }'", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new MappingFields(mapping, "organisation", OrganisationKeys, diagnostics);
        var name = fields.Text("name", true, "Contoso");
        var domain = fields.Scalar("domain", true, "contoso.com");
        var mailbox = fields.Scalar("shared_mailbox", true, "administrator@contoso.com");
        if (domain is not null && MailSyntax.DomainProblem(domain.Value) is { } domainProblem)
        {
            var fix = domain.Value.TrimEnd('.') is { Length: > 0 } trimmed && MailSyntax.DomainProblem(trimmed) is null ? $"Write 'domain: {trimmed}': senders and groups become name@{trimmed}." : "Write the domain alone, e.g. 'domain: contoso.com'.";
            diagnostics.Add(NodeChecks.Invalid(domain.Start, $"'domain' is '{domain.Value}', which is not a mail domain: {domainProblem}", fix));
            domain = null;
        }

        if (mailbox is not null && MailSyntax.AddressProblem(mailbox.Value) is { } mailboxProblem)
        {
            diagnostics.Add(NodeChecks.Invalid(mailbox.Start, $"'shared_mailbox' is '{mailbox.Value}', which is not an e-mail address: {mailboxProblem}", "Write a full address, e.g. 'shared_mailbox: administrator@contoso.com'."));
            mailbox = null;
        }

        return name is null || domain is null || mailbox is null ? null : new Organisation(name, domain.Value, mailbox.Value, fields.Sources);
    }

    /// <summary>Reads organisation or site <c>defaults</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="context">Where the defaults sit, for messages.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The defaults, or null when the node is not a mapping.</returns>
    public static NotificationDefaults? Defaults(SyntaxNode node, string context, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, context, $"'{context}: {{ enabled: true, minimum_severity: warning }}'", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new MappingFields(mapping, context, DefaultsKeys, diagnostics);
        return new NotificationDefaults(fields.Boolean("enabled"), fields.Choice("minimum_severity", InventoryNames.Severities), fields.Sources) { Parallel = fields.Integer("parallel", 1, 1024) };
    }

    /// <summary>Reads <c>groups</c>; addresses are filled in at resolution, when the domain is known.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="groups">Receives the groups.</param>
    /// <param name="diagnostics">Receives errors.</param>
    public static void Groups(SyntaxNode node, List<DistributionGroup> groups, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "groups", "'groups: { alerts: { members: [administrator@contoso.com] } }'", diagnostics);
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            var context = $"group '{key.Value}'";
            if (MailSyntax.LocalPartProblem(key.Value) is { } problem)
            {
                diagnostics.Add(NodeChecks.Invalid(key.Start, $"Group name '{key.Value}' is not a local part: {problem}", $"Name a group by the part before the '@', e.g. 'alerts-power'; its address becomes alerts-power@<domain>. A local part holds {MailSyntax.LocalPartRule}."));
                continue;
            }

            var groupMapping = value is ScalarNode { IsNull: true } ? new MappingNode(value.Start, []) : NodeChecks.Mapping(value, context, "'{ members: [administrator@contoso.com] }'", diagnostics);
            if (groupMapping is null)
            {
                continue;
            }

            var fields = new MappingFields(groupMapping, context, GroupKeys, diagnostics);
            groups.Add(new DistributionGroup
            {
                Name = key.Value,
                Address = string.Empty,
                Members = AddressSyntax.MailAddresses(fields.TextList("members", false, "[administrator@contoso.com]"), $"{context} members", diagnostics),
                External = AddressSyntax.MailAddresses(fields.TextList("external", false, "[2695555555@vtext.com]"), $"{context} external", diagnostics),
                Hidden = fields.Boolean("hidden") ?? true,
                Sources = fields.SourcesAt(key.Start),
            });
        }
    }

    /// <summary>Reads <c>categories</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="routes">Receives the routes.</param>
    /// <param name="diagnostics">Receives errors.</param>
    public static void Categories(SyntaxNode node, List<CategoryRoute> routes, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "categories", "'categories: { power: [alerts-power, alerts-critical] }'", diagnostics);
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            if (!InventoryNames.Categories.TryGetValue(key.Value, out var category))
            {
                var suggestion = EditDistance.Suggest(key.Value, InventoryNames.Categories.Keys);
                var hint = suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ";
                diagnostics.Add(Diagnostic.Error(
                    InventoryDiagnosticCodes.UnknownKey,
                    $"Unknown category '{key.Value}' in categories",
                    $"{hint}The guideline's categories are: {string.Join(", ", InventoryNames.Categories.Keys)}.")
                    with { Source = key.Start });
                continue;
            }

            var list = NodeChecks.Sequence(value, $"categories.{key.Value}", $"'{key.Value}: [alerts-{key.Value}]'", diagnostics);
            if (list is null)
            {
                continue;
            }

            var names = new List<string>();
            var sources = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var item in list.Items)
            {
                if (item is ScalarNode { IsNull: false } scalar)
                {
                    names.Add(scalar.Value);
                    sources.TryAdd(scalar.Value, scalar.Start);
                }
                else
                {
                    diagnostics.Add(NodeChecks.WrongType(item, $"categories.{key.Value} item", "a group name", $"Write group names, e.g. '{key.Value}: [alerts-{key.Value}]'."));
                }
            }

            routes.Add(new CategoryRoute(category, names, new SourceMap(key.Start, sources)));
        }
    }
}
