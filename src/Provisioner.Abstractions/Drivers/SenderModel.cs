namespace Provisioner.Abstractions;

/// <summary>
/// How a device holds the sender address, so that lint and the engine can say before any write what
/// the device cannot represent (a sender longer than its field, or a local part it builds itself).
/// </summary>
/// <param name="Kind">The storage shape.</param>
/// <param name="MaxLength">The longest address (or, for <see cref="SenderModelKind.LocalPartAndDomain"/>, local part) the device takes; null when unbounded or unknown.</param>
public sealed record SenderModel(SenderModelKind Kind, int? MaxLength)
{
    /// <summary>One field with the whole address, of unknown length.</summary>
    public static SenderModel FullAddress { get; } = new(SenderModelKind.FullAddress, null);

    /// <summary>No settable sender.</summary>
    public static SenderModel None { get; } = new(SenderModelKind.None, 0);

    /// <summary>Whether the device can hold <paramref name="address"/> exactly as the inventory wants it.</summary>
    /// <param name="address">The desired sender, <c>local@domain</c>.</param>
    /// <param name="deviceName">The host name the device would use for <see cref="SenderModelKind.DeviceNameAtDomain"/>, compared case-insensitively; null when unknown.</param>
    /// <returns>Null when it can; otherwise why not, in words for a manual step or a lint finding.</returns>
    public string? CannotHold(string address, string? deviceName)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        var local = at < 0 ? address : address[..at];
        return Kind switch
        {
            SenderModelKind.None => "the device has no settable sender",
            SenderModelKind.DeviceNameAtDomain when deviceName is null || !string.Equals(local, deviceName, StringComparison.OrdinalIgnoreCase) =>
                $"the device builds the sender from its own name and a domain, so the local part '{local}' must equal its host name{(deviceName is null ? string.Empty : $" '{deviceName}'")}",
            SenderModelKind.LocalPartAndDomain when MaxLength is { } max && local.Length > max =>
                $"the device holds a local part of at most {max} characters; '{local}' has {local.Length}",
            SenderModelKind.FullAddress when MaxLength is { } max && address.Length > max =>
                $"the device holds a sender of at most {max} characters; the address has {address.Length}",
            _ => null,
        };
    }
}
