using Provisioner.Abstractions;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish.Tests.Conformance;

/// <summary>The generic Redfish driver against the lab's generic Redfish BMC on 127.161.x.x.</summary>
public sealed class RedfishHarness() : HttpsLabHarness(161)
{
    /// <summary>The model's write-log names and the settings they hold.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Properties { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["SMTP.ServiceEnabled"] = SettingKey.SmtpEnabled,
        ["SMTP.ServerAddress"] = SettingKey.SmtpRelay,
        ["SMTP.Port"] = SettingKey.SmtpPort,
        ["SMTP.ConnectionProtocol"] = SettingKey.SmtpSecurity,
        ["SMTP.Username"] = SettingKey.SmtpAuthUser,
        ["SMTP.Authentication"] = SettingKey.SmtpAuthUser,
        ["SMTP.Password"] = SettingKey.SmtpAuthPassword,
        ["SMTP.FromAddress"] = SettingKey.SmtpFrom,
        ["Subscriptions"] = SettingKey.SmtpRecipients,
    };

    public override SettingChange Drift { get; } = new(SettingKey.SmtpFrom, new TextValue("someone@contoso.com"));

    public override SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <summary>The lab model behind the target.</summary>
    public GenericRedfishLabModel Model => (GenericRedfishLabModel)LabDevice.Model;

    protected override string ModelId => RedfishDescriptor.Id;

    protected override string Kind => "bmc";

    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "bmc-lab-01@contoso.com",
        AuthUser = "bmc-relay",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        Recipients = [new Recipient("alerts-systems@contoso.com"), new Recipient("alerts-critical@contoso.com", AlertSeverity.Critical)],
        MinimumSeverity = AlertSeverity.Warning,
    };

    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new RedfishDriver(options);

    protected override ISimulatedDevice CreateSimulatedDevice(LabDevice labDevice) =>
        new HttpSimulatedDevice(labDevice, Properties, (key, value) => SetOutOfBand((GenericRedfishLabModel)labDevice.Model, key, value));

    private static void SetOutOfBand(GenericRedfishLabModel model, SettingKey key, SettingValue value)
    {
        switch (value)
        {
            case TextValue text when key.Equals(SettingKey.SmtpFrom):
                model.Smtp.FromAddress = text.Value;
                break;
            case TextValue text when key.Equals(SettingKey.SmtpRelay):
                model.Smtp.ServerAddress = text.Value;
                break;
            case IntegerValue port when key.Equals(SettingKey.SmtpPort):
                model.Smtp.Port = port.Value;
                break;
            case BooleanValue enabled when key.Equals(SettingKey.SmtpEnabled):
                model.Smtp.ServiceEnabled = enabled.Value;
                break;
            default:
                throw new ArgumentException($"The harness cannot change {key.Name} out of band.", nameof(key));
        }
    }
}
