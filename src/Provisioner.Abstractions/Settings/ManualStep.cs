namespace Provisioner.Abstractions;

/// <summary>
/// A change a person must make by hand because the device cannot take it over its API, e.g.
/// "Set 'SMTP password'" in "Web UI › Network › Email › Server". Reports list these per device.
/// </summary>
/// <param name="Key">The setting concerned.</param>
/// <param name="What">What to set, in the device's own words; never a secret value (name the secret reference instead).</param>
/// <param name="Where">Where in the device's interface, e.g. <c>Web UI › Network › Email › Server</c>.</param>
public sealed record ManualStep(SettingKey Key, string What, string Where);
