namespace Provisioner.Snmp.Security;

/// <summary>An SNMPv3 USM user with its protocols and pass phrases. <see cref="ToString"/> never shows the pass phrases.</summary>
/// <param name="Name">The user name (msgUserName), for example <c>provisioner</c>.</param>
/// <param name="AuthenticationProtocol">The authentication protocol, or <see cref="AuthenticationProtocol.None"/>.</param>
/// <param name="AuthPassword">The authentication pass phrase (at least 8 characters) when authenticating.</param>
/// <param name="PrivacyProtocol">The privacy protocol, or <see cref="PrivacyProtocol.None"/>.</param>
/// <param name="PrivPassword">The privacy pass phrase (at least 8 characters) when encrypting.</param>
public sealed record UsmUser(
    string Name,
    AuthenticationProtocol AuthenticationProtocol = AuthenticationProtocol.None,
    string? AuthPassword = null,
    PrivacyProtocol PrivacyProtocol = PrivacyProtocol.None,
    string? PrivPassword = null)
{
    /// <summary>The minimum pass phrase length of RFC 3414 §11.2 (net-snmp enforces it too).</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>The security level this user's protocols give.</summary>
    public SecurityLevel SecurityLevel =>
        AuthenticationProtocol == AuthenticationProtocol.None ? SecurityLevel.NoAuthNoPriv
        : PrivacyProtocol == PrivacyProtocol.None ? SecurityLevel.AuthNoPriv
        : SecurityLevel.AuthPriv;

    /// <summary>Checks that the user is usable and explains what to fix when it is not.</summary>
    /// <exception cref="ArgumentException">A protocol lacks its pass phrase, a pass phrase is shorter than 8 characters, or privacy is set without authentication.</exception>
    public void Validate()
    {
        if (string.IsNullOrEmpty(Name))
        {
            throw new ArgumentException("An SNMPv3 user needs a name.", nameof(Name));
        }

        if (PrivacyProtocol != PrivacyProtocol.None && AuthenticationProtocol == AuthenticationProtocol.None)
        {
            throw new ArgumentException($"SNMPv3 user '{Name}': privacy requires an authentication protocol (authPriv).", nameof(PrivacyProtocol));
        }

        CheckPassword(AuthenticationProtocol != AuthenticationProtocol.None, AuthPassword, "authentication", nameof(AuthPassword));
        CheckPassword(PrivacyProtocol != PrivacyProtocol.None, PrivPassword, "privacy", nameof(PrivPassword));
    }

    /// <inheritdoc/>
    public override string ToString() => $"UsmUser {{ Name = {Name}, {AuthenticationProtocol}/{PrivacyProtocol}, {SecurityLevel} }}";

    private void CheckPassword(bool needed, string? password, string what, string parameter)
    {
        if (needed && (password is null || password.Length < MinimumPasswordLength))
        {
            throw new ArgumentException(
                $"SNMPv3 user '{Name}': the {what} pass phrase must have at least {MinimumPasswordLength} characters (RFC 3414 §11.2).",
                parameter);
        }
    }
}
