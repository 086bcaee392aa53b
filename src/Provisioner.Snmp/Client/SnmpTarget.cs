using System.Net;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Snmp.Client;

/// <summary>Where and how to reach one agent.</summary>
/// <param name="Endpoint">The agent's UDP endpoint, for example <c>127.0.0.1:161</c> (IPv4 or IPv6).</param>
/// <param name="Version">The SNMP version.</param>
/// <param name="Community">The community string for v1/v2c, for example <c>public</c>.</param>
/// <param name="User">The USM user for v3.</param>
public sealed record SnmpTarget(IPEndPoint Endpoint, SnmpMessageVersion Version, string? Community = null, UsmUser? User = null)
{
    /// <summary>The SNMPv3 context name; empty for the default context.</summary>
    public string ContextName { get; init; } = string.Empty;

    /// <summary>How long to wait for each attempt. Default 2 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times to resend after a timeout (never after an answer). Default 1.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>Creates a v2c target.</summary>
    /// <param name="endpoint">The agent endpoint.</param>
    /// <param name="community">The community string.</param>
    /// <returns>The target.</returns>
    public static SnmpTarget V2c(IPEndPoint endpoint, string community) => new(endpoint, SnmpMessageVersion.V2c, community);

    /// <summary>Creates a v3 target.</summary>
    /// <param name="endpoint">The agent endpoint.</param>
    /// <param name="user">The USM user.</param>
    /// <returns>The target.</returns>
    public static SnmpTarget V3(IPEndPoint endpoint, UsmUser user) => new(endpoint, SnmpMessageVersion.V3, null, user);

    /// <summary>Checks the target and explains what is missing.</summary>
    /// <exception cref="ArgumentException">The target cannot be used as given.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Endpoint);
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"SNMP target {Endpoint}: the timeout must be positive.", nameof(Timeout));
        }

        if (Retries < 0)
        {
            throw new ArgumentException($"SNMP target {Endpoint}: retries cannot be negative.", nameof(Retries));
        }

        if (Version == SnmpMessageVersion.V3)
        {
            if (User is null)
            {
                throw new ArgumentException($"SNMP target {Endpoint}: SNMPv3 needs a USM user.", nameof(User));
            }

            User.Validate();
        }
        else if (Community is null)
        {
            throw new ArgumentException($"SNMP target {Endpoint}: SNMP {Version} needs a community string.", nameof(Community));
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SnmpTarget {{ {Endpoint}, {Version}, User = {User?.Name ?? "-"} }}";
}
