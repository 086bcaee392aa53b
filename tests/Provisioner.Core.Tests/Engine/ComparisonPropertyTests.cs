using CsCheck;
using Provisioner.Abstractions;
using Provisioner.Testing.Fakes;

namespace Provisioner.Core.Tests.Engine;

/// <summary>Properties of normalisation and comparison over generated settings.</summary>
public sealed class ComparisonPropertyTests
{
    private static readonly Gen<string> Ipv4 = Gen.Select(Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[0, 255], (a, b, c, d) => $"{a}.{b}.{c}.{d}");

    private static readonly Gen<string> Email = Gen.Select(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789.-"], 1, 24],
        Gen.OneOf(Gen.Const("contoso.com"), Gen.Const("example.org"), Gen.Const("power.example.net")),
        (local, domain) => $"{local}@{domain}");

    private static readonly Gen<NotificationSettings> Settings = Gen.Select(
        Ipv4,
        Gen.Int[1, 65535],
        Gen.Enum<SmtpSecurity>(),
        Email,
        Gen.Select(Email, Gen.Enum<AlertSeverity>().Nullable(), (a, s) => new Recipient(a, s)).List[0, 4],
        Gen.Enum<AlertSeverity>(),
        Gen.Bool,
        (relay, port, security, from, recipients, severity, enabled) => new NotificationSettings
        {
            RelayAddress = relay, RelayPort = port, Security = security, FromAddress = from, Recipients = recipients, MinimumSeverity = severity, Enabled = enabled,
        });

    [Fact]
    public void NormalizeText_AnyText_IsIdempotent() =>
        Gen.Select(Gen.Enum<SettingType>(), Gen.String).Sample((type, text) =>
        {
            var once = SettingNormalizer.NormalizeText(type, text);
            return SettingNormalizer.NormalizeText(type, once) == once;
        });

    [Fact]
    public void Compare_DeviceHoldsDesiredInItsOwnSpelling_EverySettingMatches() =>
        Settings.Sample(settings =>
        {
            var descriptor = ScriptedDriver.DefaultDescriptor;
            var desired = Desired(settings, descriptor);
            var observed = desired.ToDictionary(p => p.Key, p => (Observed)new Observed.Known(AsDeviceStoresIt(p.Key, p.Value)));

            var comparisons = ThreeWayComparer.Compare(desired, observed, descriptor, settings.MinimumSeverity);

            return comparisons.All(c => c.Kind == ComparisonKind.Match);
        });

    [Fact]
    public void Compare_DeviceHoldsOtherRelay_OnlyRelayDiffers() =>
        Gen.Select(Settings, Ipv4).Where((s, other) => other != s.RelayAddress).Sample((settings, other) =>
        {
            var descriptor = ScriptedDriver.DefaultDescriptor;
            var desired = Desired(settings, descriptor);
            var observed = desired.ToDictionary(p => p.Key, p => (Observed)new Observed.Known(p.Key == SettingKey.SmtpRelay ? new TextValue(other) : p.Value));

            var differing = ThreeWayComparer.Compare(desired, observed, descriptor, settings.MinimumSeverity).Where(c => c.Kind == ComparisonKind.Differs);

            return differing.Select(c => c.Key).SequenceEqual([SettingKey.SmtpRelay]);
        });

    /// <summary>The desired values as the engine prepares them: mapped, then normalised.</summary>
    private static Dictionary<SettingKey, SettingValue> Desired(NotificationSettings settings, DriverDescriptor descriptor) =>
        SettingMap.ToValues(settings, new DictionarySecretResolver())
            .ToDictionary(p => p.Key, p => SettingNormalizer.Normalize(p.Key, p.Value, descriptor.Recipients, settings.MinimumSeverity));

    /// <summary>What devices do to values: upper-case e-mail, pad text with spaces and NULs.</summary>
    private static SettingValue AsDeviceStoresIt(SettingKey key, SettingValue value) => value switch
    {
        TextValue t when key.Type == SettingType.Email => new TextValue(t.Value.ToUpperInvariant() + "\0\0"),
        TextValue t => new TextValue(" " + t.Value + "   "),
        RecipientsValue r => new RecipientsValue([.. r.Value.Select(x => x with { Address = x.Address.ToUpperInvariant() + " " })]),
        _ => value,
    };
}
