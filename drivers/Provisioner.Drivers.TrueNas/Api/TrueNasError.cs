namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>One error the middleware reported: a validation error names the attribute, a call error does not.</summary>
/// <param name="Attribute">The attribute, e.g. <c>mail_update.outgoingserver</c>; empty for a call error.</param>
/// <param name="Message">The device's message, secrets scrubbed.</param>
internal sealed record TrueNasError(string Attribute, string Message)
{
    /// <summary>The last segment of <see cref="Attribute"/>, e.g. <c>outgoingserver</c>.</summary>
    public string Field => Attribute[(Attribute.LastIndexOf('.') + 1)..];

    /// <summary>The error as one line.</summary>
    /// <returns>E.g. <c>mail_update.port: Invalid port</c>.</returns>
    public override string ToString() => Attribute.Length == 0 ? Message : $"{Attribute}: {Message}";
}
