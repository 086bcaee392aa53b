using Provisioner.Abstractions;

namespace Provisioner.Mail;

/// <summary>One device that sends alert e-mail, as far as the mail side cares.</summary>
public sealed record MailDevice
{
    /// <summary>The device name, e.g. <c>UPS-NY-01</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The site id, e.g. <c>newyork</c>.</summary>
    public required string Site { get; init; }

    /// <summary>The device category, e.g. <c>power</c>.</summary>
    public required string Category { get; init; }

    /// <summary>The management address the device sends from: an IP literal or a host name.</summary>
    public required string Address { get; init; }

    /// <summary>The sender address, e.g. <c>ups-ny-01@contoso.com</c>.</summary>
    public required string FromAddress { get; init; }

    /// <summary>The recipient addresses, in order.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The relay the device sends through, an IP literal.</summary>
    public required string RelayAddress { get; init; }

    /// <summary>Whether the device sends alert e-mail at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Where the device was defined; null when not from a file.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Where the device's address was written; falls back to <see cref="Source"/>.</summary>
    public SourceLocation? AddressSource { get; init; }

    /// <summary>Where the sender address came from; null when derived without a location.</summary>
    public SourceLocation? FromSource { get; init; }

    /// <summary>Where the recipients came from; null when derived without a location.</summary>
    public SourceLocation? RecipientsSource { get; init; }
}
