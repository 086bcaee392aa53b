using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Apc;

/// <summary>
/// <c>smtp.recipients</c> on a NetBotz: two DisplayStrings holding comma-separated address lists,
/// <c>netBotz-dev-primaryemail</c> and <c>netBotz-dev-secondaryemail</c>. Reading lists the primary
/// addresses, then the secondary ones (blanks and empty items dropped, <c>;</c> also accepted as a
/// separator). Writing puts the whole list into the primary object (joined with <c>,</c>) and clears the
/// secondary one, in one Set, so that every recipient the device mails is one the inventory names.
/// </summary>
internal sealed class CommaListRecipientsSetting(SettingDescriptor descriptor) : SnmpSetting(descriptor)
{
    private readonly DisplayStringCodec codec = new(NetBotzSettings.TextLength);

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => [Oids.PrimaryEmail, Oids.SecondaryEmail];

    /// <summary>Splits a device list into addresses.</summary>
    /// <param name="text">The DisplayString text.</param>
    /// <returns>The addresses, trimmed, empty items dropped.</returns>
    public static IEnumerable<string> Split(string text) =>
        text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => Objects;

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var values = fetch.Values(Objects);
        if (values[0].IsException || values[1].IsException)
        {
            return ValueTask.FromResult<Observed>(new Observed.NotSupported("the device has no primary/secondary e-mail objects"));
        }

        var recipients = values
            .SelectMany(v => v is OctetString s ? Split(DisplayStringCodec.FromWire(s.AsSpan())) : throw new DeviceProtocolException($"{fetch.Channel.DeviceName}: an e-mail list answered {v.Tag}, the MIB says DisplayString.") { Endpoint = fetch.Channel.Endpoint })
            .Select(a => new Recipient(a))
            .ToList();
        return ValueTask.FromResult<Observed>(recipients.Count == 0 ? new Observed.Absent() : new Observed.Known(new RecipientsValue(recipients)));
    }

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        var encoding = new SnmpEncoding(Key);
        var list = change.Value is RecipientsValue r ? r.Value : [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Address.IndexOfAny([',', ';']) >= 0)
            {
                encoding.Refuse(Key.PathAt(i), $"'{list[i].Address}' contains a list separator");
                return encoding;
            }
        }

        var joined = string.Join(",", list.Select(x => x.Address.Trim()));
        try
        {
            codec.Check(joined);
        }
        catch (SnmpCodecException ex)
        {
            encoding.Refuse(Key.Name, string.Create(CultureInfo.InvariantCulture, $"the comma-separated list of {list.Count} address(es) does not fit: {ex.Message}; use fewer distribution groups"));
            return encoding;
        }

        encoding.Add(Key.Name, Oids.PrimaryEmail, OctetString.FromString(joined));
        encoding.Add(Key.Name, Oids.SecondaryEmail, OctetString.Empty);
        return encoding;
    }
}
