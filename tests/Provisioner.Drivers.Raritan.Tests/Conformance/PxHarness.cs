using Provisioner.Abstractions;
using Provisioner.Lab.Devices.Raritan;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;
using SimDevice = Provisioner.Testing.Conformance.ISimulatedDevice;

namespace Provisioner.Drivers.Raritan.Tests.Conformance;

/// <summary>The <c>raritan.px</c> driver against the lab's PX3 model on 127.164.x.</summary>
public sealed class PxHarness() : HttpsLabHarness(164)
{
    /// <summary>The model's write-log names and the setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Properties { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["smtp.host"] = SettingKey.SmtpRelay,
        ["smtp.port"] = SettingKey.SmtpPort,
        ["smtp.useTls"] = SettingKey.SmtpSecurity,
        ["smtp.useAuth"] = SettingKey.SmtpAuthUser,
        ["smtp.username"] = SettingKey.SmtpAuthUser,
        ["smtp.password"] = SettingKey.SmtpAuthPassword,
        ["smtp.sender"] = SettingKey.SmtpFrom,
        [PxLabModel.ActionsProperty] = SettingKey.SmtpRecipients,
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <summary>The lab model.</summary>
    public PxLabModel Model => (PxLabModel)LabDevice.Model;

    /// <inheritdoc/>
    protected override string ModelId => PxDescriptor.Id;

    /// <inheritdoc/>
    protected override string Kind => "pdu";

    /// <inheritdoc/>
    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = Relay.Address.ToString(),
        RelayPort = 25,
        AuthUser = "px-alerts",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        FromAddress = "lab-https-01@example.com",
        Recipients = [new Recipient("ops@example.com"), new Recipient("power@example.com")],
    };

    /// <inheritdoc/>
    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new RaritanPxDriver(options);

    /// <inheritdoc/>
    protected override SimDevice CreateSimulatedDevice(LabDevice labDevice) =>
        new HttpSimulatedDevice(labDevice, Properties, (key, value) => ((PxLabModel)labDevice.Model).ChangeSmtpOutOfBand(cfg =>
        {
            switch (value)
            {
                case IntegerValue number when key.Equals(SettingKey.SmtpPort):
                    cfg["port"] = (int)number.Value;
                    break;
                case TextValue text when key.Equals(SettingKey.SmtpRelay):
                    cfg["host"] = text.Value;
                    break;
                case TextValue text when key.Equals(SettingKey.SmtpFrom):
                    cfg["sender"] = text.Value;
                    break;
                default:
                    throw new ArgumentException($"No out-of-band change for {key}.", nameof(key));
            }
        }));
}
