namespace Provisioner.Abstractions;

/// <summary>What a driver can do with a setting over the device's API.</summary>
public enum SettingAccess
{
    /// <summary>The driver reads and writes it; the engine verifies a write by reading it back.</summary>
    ReadWrite = 0,

    /// <summary>
    /// The driver can write it but the device never shows it (SMTP passwords). Reads yield
    /// <see cref="Observed.WriteOnly"/> and the engine reports the comparison as <em>unverifiable</em>,
    /// never as a perpetual change.
    /// </summary>
    WriteOnly = 1,

    /// <summary>
    /// The driver can read it but not change it over the API. When it differs the engine does not
    /// write it and reports the descriptor's <see cref="SettingDescriptor.ManualStep"/> instead.
    /// </summary>
    ReadOnly = 2,
}
