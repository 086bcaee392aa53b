using Provisioner.Abstractions;
using Provisioner.Drivers.Dell.Idrac9;
using Provisioner.Lab.Devices.Dell;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Tests.Conformance;

/// <summary>The iDRAC 9 lab model on HTTPS, pinned, with the lab's Redfish account.</summary>
public sealed class IdracLabHarness() : HttpsLabHarness(162)
{
    /// <summary>The model's attribute names and the canonical setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Properties { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        [Endpoints.AlertEnable] = SettingKey.SmtpEnabled,
        [Endpoints.SmtpServer] = SettingKey.SmtpRelay,
        [Endpoints.SmtpPort] = SettingKey.SmtpPort,
        [Endpoints.ConnectionEncryption] = SettingKey.SmtpSecurity,
        [Endpoints.SmtpAuthentication] = SettingKey.SmtpAuthUser,
        [Endpoints.SmtpUserName] = SettingKey.SmtpAuthUser,
        [Endpoints.SmtpPassword] = SettingKey.SmtpAuthPassword,
        [Endpoints.SenderEmail] = SettingKey.SmtpFrom,
        ["EmailAlert.*"] = SettingKey.SmtpRecipients,
    };

    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    public override SettingKey FaultKey => SettingKey.SmtpFrom;

    /// <summary>The lab model behind the target.</summary>
    public IdracLabModel Model => (IdracLabModel)LabDevice.Model;

    protected override string ModelId => IdracDescriptor.Id;

    protected override string Kind => "bmc";

    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = Relay.Address.ToString(),
        RelayPort = Relay.Port,
        Security = SmtpSecurity.None,
        FromAddress = "bmc-lab-01@contoso.com",
        Recipients = [new Recipient("alerts-systems@contoso.com"), new Recipient("alerts-critical@contoso.com")],
        MinimumSeverity = AlertSeverity.Warning,
    };

    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new DellIdrac9Driver(options);

    protected override ISimulatedDevice CreateSimulatedDevice(LabDevice labDevice) =>
        new HttpSimulatedDevice(labDevice, Properties, (key, value) => SetOutOfBand((IdracLabModel)labDevice.Model, key, value));

    private static void SetOutOfBand(IdracLabModel model, SettingKey key, SettingValue value)
    {
        switch (value)
        {
            case IntegerValue port when key.Equals(SettingKey.SmtpPort):
                model.SetAttribute(Endpoints.SmtpPort, port.Value);
                break;
            case TextValue text when key.Equals(SettingKey.SmtpRelay):
                model.SetAttribute(Endpoints.SmtpServer, text.Value);
                break;
            case TextValue text when key.Equals(SettingKey.SmtpFrom):
                model.SetAttribute(Endpoints.SenderEmail, text.Value);
                break;
            case BooleanValue on when key.Equals(SettingKey.SmtpEnabled):
                model.SetAttribute(Endpoints.AlertEnable, on.Value ? "Enabled" : "Disabled");
                break;
            default:
                throw new ArgumentException($"The harness cannot change {key} out of band.", nameof(key));
        }
    }
}
