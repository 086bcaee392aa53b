namespace Provisioner.Testing.Conformance;

/// <summary>
/// The conformance tests a driver is known to fail, with the reason (e.g. "SNMPv2c agents drop a wrong
/// community silently, so bad credentials look like a timeout"). A listed test must still fail: when
/// it starts passing, the test fails and asks for the entry to be removed.
/// </summary>
public sealed class KnownDeviations
{
    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);

    /// <summary>A list with no deviations.</summary>
    public static KnownDeviations None => new();

    /// <summary>Lists <paramref name="test"/> (a test method name) as a known deviation.</summary>
    /// <param name="test">The test method name, e.g. <c>nameof(DriverConformanceTests&lt;H&gt;.BadCredentials_IsAuthFailed)</c>.</param>
    /// <param name="reason">Why, with evidence.</param>
    /// <returns>This list.</returns>
    public KnownDeviations Add(string test, string reason)
    {
        reasons.Add(test, reason);
        return this;
    }

    /// <summary>Finds the reason a test is listed.</summary>
    /// <param name="test">The test method name.</param>
    /// <param name="reason">The reason, or null.</param>
    /// <returns>True when listed.</returns>
    public bool TryGet(string test, out string? reason) => reasons.TryGetValue(test, out reason);

    /// <summary>
    /// Runs <paramref name="body"/>. For an unlisted test its failures propagate; for a listed one it
    /// must fail, and passing fails the test with a request to remove the entry.
    /// </summary>
    /// <param name="test">The test method name.</param>
    /// <param name="body">The test body.</param>
    /// <returns>The test task.</returns>
    public async Task RunAsync(string test, Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!TryGet(test, out var reason))
        {
            await body();
            return;
        }

        var failure = await Record.ExceptionAsync(body);
        Assert.True(failure is not null, $"'{test}' is listed as a known deviation ({reason}) but now passes: remove it from the list.");
    }
}
