using Provisioner.Abstractions;
using Provisioner.Lab.Devices.TrueNas;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;
using SimDevice = Provisioner.Testing.Conformance.ISimulatedDevice;

namespace Provisioner.Drivers.TrueNas.Tests.Conformance;

/// <summary>The <c>truenas</c> driver against the lab's TrueNAS model answering as <paramref name="firmware"/>.</summary>
/// <param name="range">The lab's 127.x range.</param>
/// <param name="firmware">The release the model answers as (REST 25.04/25.10 or WebSocket 26.04).</param>
public abstract class TrueNasHarness(byte range, TrueNasLabFirmware firmware) : HttpsLabHarness(range)
{
    /// <summary>The model's write-log names and the setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Properties { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["mail.outgoingserver"] = SettingKey.SmtpRelay,
        ["mail.port"] = SettingKey.SmtpPort,
        ["mail.security"] = SettingKey.SmtpSecurity,
        ["mail.smtp"] = SettingKey.SmtpAuthUser,
        ["mail.user"] = SettingKey.SmtpAuthUser,
        ["mail.pass"] = SettingKey.SmtpAuthPassword,
        ["mail.fromemail"] = SettingKey.SmtpFrom,
        ["mail.fromname"] = SettingKey.SmtpFrom,
        [TrueNasLabModel.ServicesProperty] = SettingKey.SmtpRecipients,
    };

    /// <summary>The release the model answers as.</summary>
    public TrueNasLabFirmware Firmware => firmware;

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <summary>The lab model.</summary>
    public TrueNasLabModel Model => (TrueNasLabModel)LabDevice.Model;

    /// <inheritdoc/>
    protected override string ModelId => TrueNasDescriptor.Id;

    /// <inheritdoc/>
    protected override string Kind => "nas";

    /// <inheritdoc/>
    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = Relay.Address.ToString(),
        RelayPort = 25,
        Security = SmtpSecurity.None,
        AuthUser = "nas-alerts",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        FromAddress = "lab-https-01@example.com",
        Recipients = [new Recipient("ops@example.com"), new Recipient("storage@example.com", AlertSeverity.Critical)],
        MinimumSeverity = AlertSeverity.Warning,
    };

    /// <inheritdoc/>
    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new TrueNasDriver(options);

    /// <inheritdoc/>
    protected override SimDevice CreateSimulatedDevice(LabDevice labDevice)
    {
        var model = (TrueNasLabModel)labDevice.Model;
        model.Firmware = firmware;
        return new HttpSimulatedDevice(labDevice, Properties, (key, value) => model.ChangeMailOutOfBand(cfg =>
        {
            switch (value)
            {
                case IntegerValue number when key.Equals(SettingKey.SmtpPort):
                    cfg["port"] = (int)number.Value;
                    break;
                case TextValue text when key.Equals(SettingKey.SmtpRelay):
                    cfg["outgoingserver"] = text.Value;
                    break;
                default:
                    throw new ArgumentException($"No out-of-band change for {key}.", nameof(key));
            }
        }));
    }
}
