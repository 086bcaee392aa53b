using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>Canonical SMTP settings ↔ <c>devsettings.Smtp</c> Configuration fields (README mapping table).</summary>
internal static class SmtpMapping
{
    /// <summary>The settings that live in <c>/smtp</c>.</summary>
    public static IReadOnlySet<SettingKey> Keys { get; } = new HashSet<SettingKey>
    {
        SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpSecurity, SettingKey.SmtpAuthUser, SettingKey.SmtpAuthPassword, SettingKey.SmtpFrom,
    };

    /// <summary>What the device holds for a key.</summary>
    /// <param name="key">An SMTP key.</param>
    /// <param name="cfg">The configuration read.</param>
    /// <returns>The observation.</returns>
    public static Observed Read(SettingKey key, SmtpConfiguration cfg) => key.Name switch
    {
        "smtp.relay" => new Observed.Known(new TextValue(cfg.Host)),
        "smtp.port" => new Observed.Known(new IntegerValue(cfg.Port)),
        "smtp.security" => new Observed.Known(new SecurityValue(cfg.UseTls ? SmtpSecurity.StartTls : SmtpSecurity.None)),
        "smtp.auth.user" => new Observed.Known(new TextValue(cfg.UseAuth ? cfg.Username : string.Empty)),
        "smtp.auth.password" => new Observed.WriteOnly(),
        "smtp.from" => new Observed.Known(new TextValue(cfg.Sender)),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Name, "Not an /smtp setting."),
    };

    /// <summary>The configuration with one change applied; null when the value cannot be held (then the change is not supported).</summary>
    /// <param name="cfg">The configuration.</param>
    /// <param name="change">The change.</param>
    /// <returns>The new configuration, or null.</returns>
    public static SmtpConfiguration? Apply(SmtpConfiguration cfg, SettingChange change) => (change.Key.Name, change.Value) switch
    {
        ("smtp.relay", TextValue v) => cfg.With(Endpoints.Cfg.Host, v.Value),
        ("smtp.port", IntegerValue v) when v.Value is >= int.MinValue and <= int.MaxValue => cfg.With(Endpoints.Cfg.Port, (int)v.Value),
        ("smtp.security", SecurityValue { Value: SmtpSecurity.None }) => cfg.With(Endpoints.Cfg.UseTls, false),
        ("smtp.security", SecurityValue { Value: SmtpSecurity.StartTls }) => cfg.With(Endpoints.Cfg.UseTls, true),
        ("smtp.auth.user", TextValue { Value.Length: 0 }) => cfg.With(Endpoints.Cfg.UseAuth, false).With(Endpoints.Cfg.Username, string.Empty),
        ("smtp.auth.user", TextValue v) => cfg.With(Endpoints.Cfg.UseAuth, true).With(Endpoints.Cfg.Username, v.Value),
        ("smtp.auth.password", SecretValue) => cfg,
        ("smtp.from", TextValue v) => cfg.With(Endpoints.Cfg.Sender, v.Value),
        _ => null,
    };

    /// <summary>The field values a key stands for, to restore from a snapshot.</summary>
    /// <param name="key">An SMTP key.</param>
    /// <returns>The field names.</returns>
    public static IReadOnlyList<string> FieldsOf(SettingKey key) => key.Name switch
    {
        "smtp.relay" => [Endpoints.Cfg.Host],
        "smtp.port" => [Endpoints.Cfg.Port],
        "smtp.security" => [Endpoints.Cfg.UseTls],
        "smtp.auth.user" => [Endpoints.Cfg.UseAuth, Endpoints.Cfg.Username],
        "smtp.from" => [Endpoints.Cfg.Sender],
        _ => [],
    };

    /// <summary>Copies the fields of <paramref name="keys"/> from <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <param name="target">The configuration now.</param>
    /// <param name="source">The snapshot's configuration.</param>
    /// <param name="keys">The keys to restore.</param>
    /// <returns>The configuration.</returns>
    public static SmtpConfiguration Restore(SmtpConfiguration target, SmtpConfiguration source, IEnumerable<SettingKey> keys) =>
        keys.SelectMany(FieldsOf).Aggregate(target, (cfg, field) => cfg.With(field, source.Fields[field]!.DeepClone()));

    /// <summary>Whether two configurations hold the same fields (password aside).</summary>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool SameFields(SmtpConfiguration a, SmtpConfiguration b) => JsonNode.DeepEquals(a.Fields, b.Fields);
}
