using Provisioner.Abstractions;
using Provisioner.Lab.Devices.NetApp;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;
using SimDevice = Provisioner.Testing.Conformance.ISimulatedDevice;

namespace Provisioner.Drivers.NetApp.Tests.Conformance;

/// <summary>The <c>netapp.ontap</c> driver against the lab's ONTAP 9.13.1 cluster on 127.220.x.</summary>
public sealed class OntapHarness() : HttpsLabHarness(220)
{
    /// <summary>The model's write-log names and the setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Properties { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        [OntapLabModel.MailServerProperty] = SettingKey.SmtpRelay,
        [OntapLabModel.MailFromProperty] = SettingKey.SmtpFrom,
        [OntapLabModel.DestinationsProperty] = SettingKey.SmtpRecipients,
        [OntapLabModel.FiltersProperty] = SettingKey.AlertsMinimumSeverity,
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <summary>The lab model.</summary>
    public OntapLabModel Model => (OntapLabModel)LabDevice.Model;

    /// <inheritdoc/>
    protected override string ModelId => OntapDescriptor.Id;

    /// <inheritdoc/>
    protected override string Kind => "san";

    /// <inheritdoc/>
    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = Relay.Address.ToString(),
        RelayPort = 25,
        FromAddress = "lab-https-01@example.com",
        Recipients = [new Recipient("storage@example.com"), new Recipient("ops@example.com")],
        MinimumSeverity = AlertSeverity.Warning,
    };

    /// <inheritdoc/>
    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new NetAppOntapDriver(options);

    /// <inheritdoc/>
    protected override SimDevice CreateSimulatedDevice(LabDevice labDevice) =>
        new HttpSimulatedDevice(labDevice, Properties, (key, value) =>
        {
            var model = (OntapLabModel)labDevice.Model;
            switch (value)
            {
                case IntegerValue port when key.Equals(SettingKey.SmtpPort):
                    model.MailServer = $"{OntapLabModel.SplitMailServer(model.MailServer).Host}:{port.Value}";
                    break;
                case TextValue text when key.Equals(SettingKey.SmtpFrom):
                    model.MailFrom = text.Value;
                    break;
                default:
                    throw new ArgumentException($"No out-of-band change for {key}.", nameof(key));
            }
        });
}
