namespace Provisioner.Abstractions;

/// <summary>How to authenticate to a device's REST or JSON-RPC API: a user and password, or a token.</summary>
public sealed record HttpCredentials
{
    /// <summary>The user name for basic or session login.</summary>
    public string? User { get; init; }

    /// <summary>The password, as a reference.</summary>
    public SecretReference? Password { get; init; }

    /// <summary>An API token, as a reference.</summary>
    public SecretReference? Token { get; init; }
}
