namespace Provisioner.Cli.Snmp;

/// <summary>
/// Where the troubleshooting commands take secrets from when they are not on the command line:
/// environment variables, so that pass phrases stay out of shell history and process listings.
/// An explicit option wins over the variable.
/// </summary>
/// <param name="getVariable">Reads an environment variable (injected for tests).</param>
internal sealed class SnmpSecretEnvironment(Func<string, string?> getVariable)
{
    /// <summary>The variable holding the v1/v2c community.</summary>
    public const string CommunityVariable = "PROVISIONER_SNMP_COMMUNITY";

    /// <summary>The variable holding the v3 authentication pass phrase.</summary>
    public const string AuthPasswordVariable = "PROVISIONER_SNMP_AUTH_PASSWORD";

    /// <summary>The variable holding the v3 privacy pass phrase.</summary>
    public const string PrivPasswordVariable = "PROVISIONER_SNMP_PRIV_PASSWORD";

    /// <summary>Reads the real process environment.</summary>
    public static SnmpSecretEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>The community: the option if given, else <see cref="CommunityVariable"/>, else null.</summary>
    /// <param name="option">The <c>-c</c> value, or null.</param>
    /// <returns>The community or null.</returns>
    public string? Community(string? option) => option ?? NonEmpty(CommunityVariable);

    /// <summary>The authentication pass phrase: the option if given, else <see cref="AuthPasswordVariable"/>, else null.</summary>
    /// <param name="option">The <c>-A</c> value, or null.</param>
    /// <returns>The pass phrase or null.</returns>
    public string? AuthPassword(string? option) => option ?? NonEmpty(AuthPasswordVariable);

    /// <summary>The privacy pass phrase: the option if given, else <see cref="PrivPasswordVariable"/>, else null.</summary>
    /// <param name="option">The <c>-X</c> value, or null.</param>
    /// <returns>The pass phrase or null.</returns>
    public string? PrivPassword(string? option) => option ?? NonEmpty(PrivPasswordVariable);

    private string? NonEmpty(string name) => getVariable(name) is { Length: > 0 } value ? value : null;
}
