namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>One option of a write command that reached the lab card.</summary>
public sealed class NmcLabWrite
{
    /// <summary><c>smtp</c> or <c>email</c>.</summary>
    public string Command { get; set; } = string.Empty;

    /// <summary>The field, e.g. <c>smtp -s</c> or <c>email -t</c>.</summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>The recipient slot 1–4 of an <c>email</c> option; null for <c>smtp</c>.</summary>
    public int? Slot { get; set; }

    /// <summary>The value written (<c>********</c> for the password).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>False when the card refused or lost it.</summary>
    public bool Stored { get; set; }
}
