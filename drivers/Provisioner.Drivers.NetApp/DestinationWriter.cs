using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// Makes the driver's e-mail destinations (<c>provisioner-mail-1…n</c>) hold exactly the wanted addresses and filters:
/// a missing one is created, one whose address or filter differs is PATCHed, one of another type is deleted and
/// created again (ONTAP cannot change <c>type</c>), surplus ones are deleted. The driver's own filters are created or
/// corrected first. Destinations of other names are never touched.
/// </summary>
/// <param name="client">The cluster's client.</param>
/// <param name="device">The device name, for diagnostics.</param>
internal sealed class DestinationWriter(OntapClient client, string device)
{
    /// <summary>Reads every destination.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The destinations.</returns>
    public async Task<IReadOnlyList<EmsDestination>> ReadAllAsync(CancellationToken cancellationToken) =>
        EmsDestination.ReadAll(await client.GetAsync(Endpoints.DestinationsRead, cancellationToken).ConfigureAwait(false), Endpoints.DestinationsRead);

    /// <summary>Whether a filter holds what its name stands for: always for a built-in filter, the driver's rule for its own.</summary>
    /// <param name="filter">The filter name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when it does.</returns>
    public async Task<bool> FilterHoldsAsync(string filter, CancellationToken cancellationToken)
    {
        if (SeverityFilters.OwnRuleSeverities(filter) is not { } severities)
        {
            return true;
        }

        return await ReadFilterAsync(filter, cancellationToken).ConfigureAwait(false) is { } record && FilterRules.Holds(record, severities);
    }

    /// <summary>Writes the wanted destinations.</summary>
    /// <param name="wanted">What slot 1, 2, … should hold.</param>
    /// <param name="pathOf">The setting path a refusal is reported on, by slot index (null: the whole list).</param>
    /// <param name="diagnostics">Receives one error per refused call.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>True when every call was accepted.</returns>
    public async Task<bool> WriteAsync(IReadOnlyList<WantedDestination> wanted, Func<int?, string> pathOf, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var ok = true;
        foreach (var filter in wanted.Select(w => w.Filter).Distinct(StringComparer.Ordinal))
        {
            ok &= await EnsureFilterAsync(filter, pathOf(null), diagnostics, cancellationToken).ConfigureAwait(false);
        }

        var current = EmsDestination.Mine(await ReadAllAsync(cancellationToken).ConfigureAwait(false));
        for (var i = 0; i < wanted.Count; i++)
        {
            var name = EmsDestination.NameAt(i + 1);
            var want = wanted[i];
            var path = pathOf(i);
            switch (current.FirstOrDefault(d => d.Name == name))
            {
                case null:
                    ok &= await CallAsync(HttpMethod.Post, Endpoints.Destinations, Create(name, want), path, diagnostics, cancellationToken).ConfigureAwait(false);
                    break;
                case { Type: not Endpoints.EmailType }:
                    // type is immutable: delete and create again (rest-ssh-apis.md §5).
                    ok &= await CallAsync(HttpMethod.Delete, Endpoints.Destination(name), null, path, diagnostics, cancellationToken).ConfigureAwait(false)
                        && await CallAsync(HttpMethod.Post, Endpoints.Destinations, Create(name, want), path, diagnostics, cancellationToken).ConfigureAwait(false);
                    break;
                case var d when !string.Equals(d.Address.Trim(), want.Address, StringComparison.OrdinalIgnoreCase) || d.Filters.Count != 1 || d.Filters[0] != want.Filter:
                    var patch = new JsonObject { ["destination"] = want.Address, ["filters"] = FiltersOf(want.Filter) };
                    ok &= await CallAsync(HttpMethod.Patch, Endpoints.Destination(name), patch, path, diagnostics, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        foreach (var surplus in current.Where(d => d.Slot > wanted.Count))
        {
            ok &= await CallAsync(HttpMethod.Delete, Endpoints.Destination(surplus.Name), null, pathOf(null), diagnostics, cancellationToken).ConfigureAwait(false);
        }

        return ok;
    }

    private static JsonObject Create(string name, WantedDestination want) => new()
    {
        ["name"] = name,
        ["type"] = Endpoints.EmailType,
        ["destination"] = want.Address,
        ["filters"] = FiltersOf(want.Filter),
    };

    private static JsonArray FiltersOf(string filter) => [new JsonObject { ["name"] = filter }];

    private async Task<bool> EnsureFilterAsync(string filter, string path, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        if (SeverityFilters.OwnRuleSeverities(filter) is not { } severities)
        {
            return true;
        }

        var record = await ReadFilterAsync(filter, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            var body = new JsonObject { ["name"] = filter, ["rules"] = FilterRules.For(severities) };
            return await CallAsync(HttpMethod.Post, Endpoints.Filters, body, path, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        return FilterRules.Holds(record.Value, severities)
            || await CallAsync(HttpMethod.Patch, Endpoints.Filter(filter), new JsonObject { ["rules"] = FilterRules.For(severities) }, path, diagnostics, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonElement?> ReadFilterAsync(string filter, CancellationToken cancellationToken)
    {
        var collection = await client.GetAsync(Endpoints.FilterRead(filter), cancellationToken).ConfigureAwait(false);
        if (!collection.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            throw new DeviceProtocolException($"GET {Endpoints.FilterRead(filter)} answered without a records array.") { Endpoint = client.Endpoint, Operation = "GET " + Endpoints.FilterRead(filter) };
        }

        return records.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select(r => (JsonElement?)r).FirstOrDefault();
    }

    private async Task<bool> CallAsync(HttpMethod method, string path, JsonObject? body, string settingPath, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var answer = await client.SendAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        if (answer.Error is not { } error)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("ontap.rejected", $"ONTAP refused {answer.Operation}: {error.Message}", $"{answer.Operation} answered HTTP {answer.Http.StatusCode} with ONTAP error {error}.") with { Device = device, Path = settingPath });
        return false;
    }
}
