namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// One row of the interoperability matrix: a protocol version with the credentials to use, named
/// as net-snmp names them (<c>-a SHA-256</c>, <c>-x AES-192-C</c>).
/// </summary>
/// <param name="Version">The net-snmp <c>-v</c> value: <c>1</c>, <c>2c</c> or <c>3</c>.</param>
/// <param name="Community">The read-write community for v1/v2c; null for v3.</param>
/// <param name="UserName">The USM user for v3; null for v1/v2c.</param>
/// <param name="Auth">The net-snmp authentication protocol name (MD5, SHA, SHA-224...), or null for noAuthNoPriv.</param>
/// <param name="Priv">The net-snmp privacy protocol name (DES, AES, AES-192, AES-256-C...), or null for no privacy.</param>
internal sealed record InteropCase(string Version, string? Community, string? UserName, string? Auth, string? Priv)
{
    /// <summary>The authentication pass phrase of every v3 user of the matrix.</summary>
    public const string AuthPassword = "interop-auth-pass";

    /// <summary>The privacy pass phrase of every v3 user of the matrix.</summary>
    public const string PrivPassword = "interop-priv-pass";

    /// <summary>The net-snmp security level: noAuthNoPriv, authNoPriv or authPriv.</summary>
    public string SecurityLevel => (Auth, Priv) switch
    {
        (null, _) => "noAuthNoPriv",
        (_, null) => "authNoPriv",
        _ => "authPriv",
    };

    /// <summary>True for SNMPv1, which has no GetBulk.</summary>
    public bool IsV1 => Version == "1";

    /// <summary>A short label for the matrix table, e.g. <c>v3 SHA-256 / AES-192-C</c>.</summary>
    public string Label => Version switch
    {
        "3" => $"v3 {Auth ?? "none"} / {Priv ?? "none"}",
        _ => $"v{Version} community",
    };

    /// <summary>The net-snmp command-line options that select this version and these credentials.</summary>
    /// <returns>The options, one element each.</returns>
    public IReadOnlyList<string> ToolOptions()
    {
        if (Version != "3")
        {
            return ["-v", Version, "-c", Community!];
        }

        var options = new List<string> { "-v", "3", "-l", SecurityLevel, "-u", UserName! };
        if (Auth is not null)
        {
            options.AddRange(["-a", Auth, "-A", AuthPassword]);
        }

        if (Priv is not null)
        {
            options.AddRange(["-x", Priv, "-X", PrivPassword]);
        }

        return options;
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}
