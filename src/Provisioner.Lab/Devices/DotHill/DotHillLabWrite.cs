namespace Provisioner.Lab.Devices.DotHill;

/// <summary>One keyword of a <c>set email-parameters</c> that reached the lab array.</summary>
public sealed class DotHillLabWrite
{
    /// <summary>The command, <c>set email-parameters</c>.</summary>
    public string Command { get; set; } = string.Empty;

    /// <summary>The keyword, e.g. <c>server</c>.</summary>
    public string Keyword { get; set; } = string.Empty;

    /// <summary>The value written (<c>********</c> for the sender password).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>False when the array refused or lost it.</summary>
    public bool Stored { get; set; }
}
