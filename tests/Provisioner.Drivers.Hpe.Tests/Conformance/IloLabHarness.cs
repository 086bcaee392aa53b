using Provisioner.Abstractions;
using Provisioner.Lab.Devices.Hpe;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe.Tests.Conformance;

/// <summary>
/// The hpe.ilo5 driver against one lab iLO 5 on loopback (range 127.163.x). The desired settings fit an iLO: one
/// recipient, and a sender whose local part is the lab iLO's host name (the device name, <c>lab-https-01</c>).
/// </summary>
public sealed class IloLabHarness() : HttpsLabHarness(163)
{
    /// <summary>The domain of the sender and the recipient.</summary>
    public const string Domain = "lab.example";

    /// <summary>The lab iLO's host name: the lab names it after the device.</summary>
    public const string HostName = "lab-https-01";

    /// <summary>The one recipient.</summary>
    public const string Recipient = "alerts-systems@" + Domain;

    /// <summary>The SMTP AUTH user.</summary>
    public const string SmtpUser = "ilo-alerts";

    private static readonly Dictionary<string, SettingKey> Properties = new(StringComparer.Ordinal)
    {
        ["Oem.Hpe.AlertMailEnabled"] = SettingKey.SmtpEnabled,
        ["Oem.Hpe.AlertMailSMTPServer"] = SettingKey.SmtpRelay,
        ["Oem.Hpe.AlertMailSMTPPort"] = SettingKey.SmtpPort,
        ["Oem.Hpe.AlertMailSMTPSecureEnabled"] = SettingKey.SmtpSecurity,
        ["Oem.Hpe.AlertMailSMTPAuthUser"] = SettingKey.SmtpAuthUser,
        ["Oem.Hpe.AlertMailSMTPAuthEnabled"] = SettingKey.SmtpAuthUser,
        ["Oem.Hpe.AlertMailSMTPAuthPw"] = SettingKey.SmtpAuthPassword,
        ["Oem.Hpe.AlertMailSenderDomain"] = SettingKey.SmtpFrom,
        ["Oem.Hpe.AlertMailEmail"] = SettingKey.SmtpRecipients,
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <summary>The lab iLO's model.</summary>
    public IloLabModel Model => (IloLabModel)LabDevice.Model;

    /// <summary>The desired sender, <c>lab-https-01@lab.example</c>.</summary>
    public static string Sender => $"{HostName}@{Domain}";

    /// <inheritdoc/>
    protected override string ModelId => Ilo5Descriptor.Id;

    /// <inheritdoc/>
    protected override string Kind => "bmc";

    /// <inheritdoc/>
    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = Relay.Address.ToString(),
        RelayPort = Relay.Port,
        Security = SmtpSecurity.StartTls,
        AuthUser = SmtpUser,
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        FromAddress = Sender,
        Recipients = [new Recipient(Recipient)],
        MinimumSeverity = AlertSeverity.Warning,
    };

    /// <inheritdoc/>
    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new HpeIlo5Driver(options);

    /// <inheritdoc/>
    protected override ISimulatedDevice CreateSimulatedDevice(LabDevice labDevice) =>
        new HttpSimulatedDevice(labDevice, Properties, (key, value) => SetOutOfBand((IloLabModel)labDevice.Model, key, value));

    private static void SetOutOfBand(IloLabModel model, SettingKey key, SettingValue value)
    {
        var mail = model.AlertMail;
        model.AlertMail = (key.Name, value) switch
        {
            ("smtp.enabled", BooleanValue b) => mail with { Enabled = b.Value },
            ("smtp.relay", TextValue t) => mail with { Server = t.Value },
            ("smtp.port", IntegerValue i) => mail with { Port = (int)i.Value },
            ("smtp.security", SecurityValue s) => mail with { SecureEnabled = s.Value != SmtpSecurity.None },
            ("smtp.recipients", RecipientsValue r) => mail with { Email = r.Value.Count == 0 ? string.Empty : r.Value[0].Address },
            ("smtp.from", TextValue t) => mail with { SenderDomain = t.Value[(t.Value.LastIndexOf('@') + 1)..] },
            _ => throw new ArgumentException($"The iLO harness cannot change {key.Name} out of band.", nameof(key)),
        };
    }
}
