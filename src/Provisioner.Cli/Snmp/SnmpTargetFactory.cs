using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Cli.Snmp;

/// <summary>Turns the typed options into a library <see cref="SnmpTarget"/>, explaining anything missing.</summary>
/// <param name="secrets">Where secrets not given as options come from.</param>
internal sealed class SnmpTargetFactory(SnmpSecretEnvironment secrets)
{
    /// <summary>Builds and validates the target, resolving the agent address.</summary>
    /// <param name="options">The options as typed.</param>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The target.</returns>
    /// <exception cref="SnmpUsageException">An option is missing, unknown or inconsistent.</exception>
    public async Task<SnmpTarget> CreateAsync(SnmpConnectionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = SnmpAgentAddress.Parse(options.Agent);
        var version = options.Version is null
            ? (options.User is null ? SnmpMessageVersion.V2c : SnmpMessageVersion.V3)
            : SnmpProtocolNames.ParseVersion(options.Version);
        if (options.TimeoutSeconds is <= 0 or > 3600 || double.IsNaN(options.TimeoutSeconds))
        {
            throw new SnmpUsageException($"The timeout -t {options.TimeoutSeconds} is not valid: give seconds above 0, e.g. -t 2.");
        }

        if (options.Retries is < 0 or > 100)
        {
            throw new SnmpUsageException($"The retries -r {options.Retries} is not valid: give 0 to 100.");
        }

        var endpoint = await address.ResolveAsync(cancellationToken);
        var target = version == SnmpMessageVersion.V3
            ? new SnmpTarget(endpoint, version, null, CreateUser(options))
            : new SnmpTarget(endpoint, version, secrets.Community(options.Community) ?? throw MissingCommunity());
        return target with
        {
            ContextName = options.Context ?? string.Empty,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            Retries = options.Retries,
        };
    }

    private UsmUser CreateUser(SnmpConnectionOptions options)
    {
        var name = options.User ?? throw new SnmpUsageException("SNMPv3 needs a user: give -u NAME.");
        var authPassword = secrets.AuthPassword(options.AuthPassword);
        var privPassword = secrets.PrivPassword(options.PrivPassword);
        var level = options.Level is not null
            ? SnmpProtocolNames.ParseLevel(options.Level)
            : privPassword is not null && authPassword is not null ? SecurityLevel.AuthPriv
            : authPassword is not null ? SecurityLevel.AuthNoPriv
            : SecurityLevel.NoAuthNoPriv;
        if (level == SecurityLevel.NoAuthNoPriv)
        {
            return new UsmUser(name);
        }

        var auth = SnmpProtocolNames.ParseAuth(options.AuthProtocol
            ?? throw new SnmpUsageException($"Security level {level} needs an authentication protocol: give -a {SnmpProtocolNames.AuthChoices}."));
        CheckPassword(authPassword, "authentication", "-A", SnmpSecretEnvironment.AuthPasswordVariable);
        if (level == SecurityLevel.AuthNoPriv)
        {
            return new UsmUser(name, auth, authPassword);
        }

        var priv = SnmpProtocolNames.ParsePriv(options.PrivProtocol
            ?? throw new SnmpUsageException($"Security level authPriv needs a privacy protocol: give -x {SnmpProtocolNames.PrivChoices}."));
        CheckPassword(privPassword, "privacy", "-X", SnmpSecretEnvironment.PrivPasswordVariable);
        return new UsmUser(name, auth, authPassword, priv, privPassword);
    }

    private static void CheckPassword(string? password, string what, string option, string variable)
    {
        if (password is null)
        {
            throw new SnmpUsageException($"The {what} pass phrase is missing: give {option} or set {variable}.");
        }

        if (password.Length < UsmUser.MinimumPasswordLength)
        {
            throw new SnmpUsageException(
                $"The {what} pass phrase ({option} or {variable}) must have at least {UsmUser.MinimumPasswordLength} characters (RFC 3414 §11.2).");
        }
    }

    private static SnmpUsageException MissingCommunity() =>
        new($"SNMPv1/v2c needs a community: give -c COMMUNITY or set {SnmpSecretEnvironment.CommunityVariable}.");
}
