using System.Globalization;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Performs each matrix operation with net-snmp's own command-line tools (snmpget, snmpgetnext,
/// snmpbulkget, snmpwalk, snmpbulkwalk, snmpset) against an agent, and checks what they print.
/// </summary>
/// <param name="agent">The agent address in net-snmp syntax, e.g. <c>udp:127.0.0.1:16100</c> or <c>udp6:[::1]:16100</c>.</param>
/// <param name="environment">The environment the tools run in.</param>
/// <param name="expectedWalk">The system-group OIDs (dotted, no leading dot) the walks must return exactly; null accepts any 7 or more.</param>
internal sealed class NetSnmpToolDriver(string agent, NetSnmpEnvironment environment, IReadOnlyList<string>? expectedWalk = null)
{
    private const string System = "1.3.6.1.2.1.1";
    private const string SysDescr = "1.3.6.1.2.1.1.1.0";
    private const string SysContact = "1.3.6.1.2.1.1.4.0";
    private const string SysName = "1.3.6.1.2.1.1.5.0";
    private const string SysLocation = "1.3.6.1.2.1.1.6.0";
    private int setCounter;

    /// <summary>Performs <paramref name="operation"/> for <paramref name="row"/>; throws with the tool output on failure.</summary>
    /// <param name="row">The credentials.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the tools.</param>
    /// <returns>A task that completes when the operation has been checked.</returns>
    public async Task RunAsync(InteropCase row, InteropOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        switch (operation)
        {
            case InteropOperation.Get:
                var get = await RunToolAsync("snmpget", row, [SysDescr, SysName], cancellationToken);
                Expect(get, [SysDescr, SysName]);
                break;
            case InteropOperation.GetNext:
                var next = await RunToolAsync("snmpgetnext", row, ["1.3.6.1.2.1.1.1"], cancellationToken);
                Expect(next, [SysDescr]);
                break;
            case InteropOperation.GetBulk:
                var bulk = await RunToolAsync("snmpbulkget", row, ["-Cn0", "-Cr5", System], cancellationToken);
                ExpectSubtree(bulk, minimum: 5, exact: 5);
                break;
            case InteropOperation.Walk:
                await WalkAsync(row, cancellationToken);
                break;
            case InteropOperation.SetGet:
                await SetThenGetAsync(row, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation.");
        }
    }

    private async Task WalkAsync(InteropCase row, CancellationToken cancellationToken)
    {
        var walk = await RunToolAsync("snmpwalk", row, [System], cancellationToken);
        var walked = ExpectSubtree(walk, minimum: 7, exact: null);
        if (expectedWalk is not null && !walked.Select(p => p.Oid).SequenceEqual(expectedWalk))
        {
            throw new InvalidOperationException($"snmpwalk saw [{string.Join(", ", walked.Select(p => p.Oid))}], expected [{string.Join(", ", expectedWalk)}].");
        }

        if (row.IsV1)
        {
            return;
        }

        var bulkWalk = await RunToolAsync("snmpbulkwalk", row, [System], cancellationToken);
        var bulkWalked = ExpectSubtree(bulkWalk, minimum: 7, exact: null);
        var walkedOids = walked.Select(p => p.Oid).ToList();
        var bulkOids = bulkWalked.Select(p => p.Oid).ToList();
        if (!walkedOids.SequenceEqual(bulkOids))
        {
            throw new InvalidOperationException(
                $"snmpwalk saw [{string.Join(", ", walkedOids)}] but snmpbulkwalk saw [{string.Join(", ", bulkOids)}].");
        }
    }

    private async Task SetThenGetAsync(InteropCase row, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref setCounter).ToString(CultureInfo.InvariantCulture);
        var contact = $"contact-{row.UserName ?? row.Version}-{n}";
        var location = $"location-{row.UserName ?? row.Version}-{n}";
        var set = await RunToolAsync("snmpset", row, [SysContact, "s", contact, SysLocation, "s", location], cancellationToken);
        Expect(set, [SysContact, SysLocation]);
        var get = await RunToolAsync("snmpget", row, [SysContact, SysLocation], cancellationToken);
        var values = Expect(get, [SysContact, SysLocation]);
        if (values[0].Value != $"STRING: \"{contact}\"" || values[1].Value != $"STRING: \"{location}\"")
        {
            throw new InvalidOperationException($"Set {contact}/{location} but read back: {get.Describe()}");
        }
    }

    private async Task<ProcessResult> RunToolAsync(string tool, InteropCase row, IReadOnlyList<string> tail, CancellationToken cancellationToken)
    {
        List<string> arguments = ["-m", string.Empty, "-On", "-t", "2", "-r", "1", .. row.ToolOptions(), agent, .. tail];
        var result = await ProcessRunner.RunAsync(NetSnmpBinaries.Tool(tool), arguments, environment, cancellationToken);
        // The first tool run in a fresh persistent directory notes that it created cert_indexes.
        var complaints = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("Created directory:", StringComparison.Ordinal));
        if (!result.Succeeded || complaints.Any())
        {
            throw new InvalidOperationException(result.Describe());
        }

        return result;
    }

    private static IReadOnlyList<(string Oid, string Value)> Expect(ProcessResult result, IReadOnlyList<string> oids)
    {
        var pairs = NetSnmpToolOutput.Parse(result.StandardOutput);
        var seen = pairs.Select(p => p.Oid).ToList();
        if (!seen.SequenceEqual(oids) || pairs.Any(p => p.Value.StartsWith("No Such", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Expected values for {string.Join(", ", oids)}: {result.Describe()}");
        }

        return pairs;
    }

    private static IReadOnlyList<(string Oid, string Value)> ExpectSubtree(ProcessResult result, int minimum, int? exact)
    {
        var pairs = NetSnmpToolOutput.Parse(result.StandardOutput);
        var inside = pairs.All(p => p.Oid.StartsWith(System + ".", StringComparison.Ordinal));
        var countOk = exact is null ? pairs.Count >= minimum : pairs.Count == exact;
        if (!inside || !countOk || pairs[0].Oid != SysDescr)
        {
            throw new InvalidOperationException($"Expected the system group from sysDescr.0 on: {result.Describe()}");
        }

        return pairs;
    }
}
