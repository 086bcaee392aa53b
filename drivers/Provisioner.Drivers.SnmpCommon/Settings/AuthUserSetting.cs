using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// <c>smtp.auth.user</c> on devices with an "authentication required" flag and a login object (AKCP
/// <c>sensorProbeSMTPAuth</c> + <c>sensorProbeSMTPLogin</c>, SP+ <c>cfgSMTPAuth</c> + <c>cfgSMTPLogin</c>).
/// Empty text means no authentication: the flag off and the login cleared. Reading gives the login when
/// the flag is on, empty text when it is off (whatever login is left behind).
/// </summary>
public sealed class AuthUserSetting : SnmpSetting
{
    private readonly Oid flag;
    private readonly FlagCodec flagCodec;
    private readonly Oid login;
    private readonly DisplayStringCodec loginCodec;

    /// <summary>Creates the setting.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="flag">The instance of the authentication flag.</param>
    /// <param name="flagCodec">Its on/off values.</param>
    /// <param name="login">The instance of the login name.</param>
    /// <param name="loginCodec">Its size.</param>
    public AuthUserSetting(SettingDescriptor descriptor, Oid flag, FlagCodec flagCodec, Oid login, DisplayStringCodec loginCodec)
        : base(descriptor)
    {
        this.flag = flag ?? throw new ArgumentNullException(nameof(flag));
        this.flagCodec = flagCodec ?? throw new ArgumentNullException(nameof(flagCodec));
        this.login = login ?? throw new ArgumentNullException(nameof(login));
        this.loginCodec = loginCodec ?? throw new ArgumentNullException(nameof(loginCodec));
        Objects = [flag, login];
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => Objects;

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var (enabledValue, loginValue) = (fetch[flag], fetch[login]);
        if (enabledValue.IsException || loginValue.IsException)
        {
            return ValueTask.FromResult<Observed>(new Observed.NotSupported($"the device has no SMTP authentication objects ({flag}, {login})"));
        }

        try
        {
            var enabled = ((BooleanValue)flagCodec.Decode(enabledValue)!).Value;
            return ValueTask.FromResult<Observed>(enabled && loginCodec.Decode(loginValue) is TextValue user ? new Observed.Known(user) : new Observed.Absent());
        }
        catch (SnmpCodecException ex)
        {
            throw new DeviceProtocolException($"{fetch.Channel.DeviceName}: {Key.Name}: {ex.Message}.", ex) { Endpoint = fetch.Channel.Endpoint, Operation = $"GET {flag}, {login}" };
        }
    }

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        var encoding = new SnmpEncoding(Key);
        var user = change.Value is TextValue text ? text.Value.Trim() : string.Empty;
        try
        {
            loginCodec.Check(user);
        }
        catch (SnmpCodecException ex)
        {
            encoding.Refuse(Key.Name, ex.Message, ex.Code);
            return encoding;
        }

        encoding.Add(Key.Name, login, OctetString.FromString(user));
        encoding.Add(Key.Name, flag, new Integer32(user.Length > 0 ? flagCodec.On : flagCodec.Off));
        return encoding;
    }
}
