using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// <c>smtp.recipients</c> held in a fixed number of scalar slots, one address each (AKCP recipient + CC,
/// Pulizzi <c>sendAlertsToUser1Address</c>/<c>User2</c>). Reading reports the used slots in slot order;
/// writing puts recipient <c>i</c> into slot <c>i</c> and clears the slots after the list, in one Set.
/// </summary>
public sealed class SlotRecipientsSetting : SnmpSetting
{
    private readonly IReadOnlyList<Oid> slots;
    private readonly DisplayStringCodec codec;

    /// <summary>Creates the setting.</summary>
    /// <param name="descriptor">The descriptor; its <see cref="SettingConstraints.MaxItems"/> should be the slot count.</param>
    /// <param name="slots">The slot instances, in order.</param>
    /// <param name="codec">The size of each slot.</param>
    public SlotRecipientsSetting(SettingDescriptor descriptor, IReadOnlyList<Oid> slots, DisplayStringCodec codec)
        : base(descriptor)
    {
        this.slots = slots ?? throw new ArgumentNullException(nameof(slots));
        this.codec = codec ?? throw new ArgumentNullException(nameof(codec));
        ArgumentOutOfRangeException.ThrowIfZero(slots.Count);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => slots;

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => slots;

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var values = fetch.Values(slots);
        if (values.Any(v => v.IsException))
        {
            return ValueTask.FromResult<Observed>(new Observed.NotSupported($"the device lacks a recipient object ({string.Join(", ", slots)})"));
        }

        var recipients = new List<Recipient>();
        foreach (var value in values)
        {
            var text = value is OctetString s
                ? DisplayStringCodec.FromWire(s.AsSpan())
                : throw new DeviceProtocolException($"{fetch.Channel.DeviceName}: a recipient slot answered {value.Tag}, the MIB says DisplayString.") { Endpoint = fetch.Channel.Endpoint };
            if (text.Length > 0)
            {
                recipients.Add(new Recipient(text));
            }
        }

        return ValueTask.FromResult<Observed>(recipients.Count == 0 ? new Observed.Absent() : new Observed.Known(new RecipientsValue(recipients)));
    }

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        var encoding = new SnmpEncoding(Key);
        var list = change.Value is RecipientsValue r ? r.Value : [];
        if (list.Count > slots.Count)
        {
            encoding.Refuse(Key.Name, $"the device has {slots.Count} recipient slot(s), the inventory gives {list.Count}; use a distribution group");
            return encoding;
        }

        for (var i = 0; i < slots.Count; i++)
        {
            var address = i < list.Count ? list[i].Address.Trim() : string.Empty;
            try
            {
                encoding.Add(Key.PathAt(i), slots[i], OctetString.FromString(codec.Check(address)));
            }
            catch (SnmpCodecException ex)
            {
                encoding.Refuse(Key.PathAt(i), ex.Message, ex.Code);
            }
        }

        return encoding;
    }
}
