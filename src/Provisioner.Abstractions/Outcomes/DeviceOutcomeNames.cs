using System.Diagnostics.CodeAnalysis;

namespace Provisioner.Abstractions;

/// <summary>The kebab-case report names of <see cref="DeviceOutcome"/> and how outcomes group.</summary>
public static class DeviceOutcomeNames
{
    private static readonly string[] Names =
    [
        "ok", "changed", "would-change", "unverifiable", "not-supported", "rejected", "verify-mismatch",
        "reverted", "unreachable", "auth-failed", "timeout", "error", "skipped", "identity-mismatch", "untrusted",
    ];

    /// <summary>Returns the report name, e.g. <c>would-change</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToKebabCase(this DeviceOutcome outcome) => Names[(int)outcome];

    /// <summary>Parses a report name such as <c>auth-failed</c>.</summary>
    /// <param name="name">The kebab-case name.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, [NotNullWhen(true)] out DeviceOutcome? outcome)
    {
        var index = Array.IndexOf(Names, name);
        outcome = index < 0 ? null : (DeviceOutcome)index;
        return outcome is not null;
    }

    /// <summary>
    /// True when the device did not end in a known, intended state: rejected, verify-mismatch, reverted,
    /// unreachable, auth-failed, timeout, error, skipped, identity-mismatch, untrusted. Any failure makes every
    /// command exit 1.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>True for failures.</returns>
    public static bool IsFailure(this DeviceOutcome outcome) => outcome is DeviceOutcome.Rejected or DeviceOutcome.VerifyMismatch
        or DeviceOutcome.Reverted or DeviceOutcome.Unreachable or DeviceOutcome.AuthFailed or DeviceOutcome.Timeout
        or DeviceOutcome.Error or DeviceOutcome.Skipped or DeviceOutcome.IdentityMismatch or DeviceOutcome.Untrusted;
}
