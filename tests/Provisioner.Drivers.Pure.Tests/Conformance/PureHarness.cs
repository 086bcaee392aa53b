using Provisioner.Abstractions;
using Provisioner.Lab.Devices.Pure;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Simulators.Http;
using Provisioner.Transport.Http;
using SimDevice = Provisioner.Testing.Conformance.ISimulatedDevice;

namespace Provisioner.Drivers.Pure.Tests.Conformance;

/// <summary>The <c>pure.flasharray</c> driver against the lab's FlashArray on 127.221.x; the lab account's password is the API token.</summary>
public sealed class PureHarness() : HttpsLabHarness(221)
{
    /// <summary>The model's write-log names and the setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Properties { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["relay_host"] = SettingKey.SmtpRelay,
        ["encryption_mode"] = SettingKey.SmtpSecurity,
        ["user_name"] = SettingKey.SmtpAuthUser,
        ["password"] = SettingKey.SmtpAuthPassword,
        ["sender_username"] = SettingKey.SmtpFrom,
        ["sender_domain"] = SettingKey.SmtpFrom,
        [PureLabModel.WatchersProperty] = SettingKey.SmtpRecipients,
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <summary>The lab model.</summary>
    public PureLabModel Model => (PureLabModel)LabDevice.Model;

    /// <inheritdoc/>
    protected override string ModelId => PureDescriptor.Id;

    /// <inheritdoc/>
    protected override string Kind => "san";

    /// <inheritdoc/>
    protected override NotificationSettings Desired { get; } = new()
    {
        RelayAddress = Relay.Address.ToString(),
        RelayPort = 25,
        Security = SmtpSecurity.StartTls,
        AuthUser = "pure-alerts",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        FromAddress = "lab-https-01@example.com",
        Recipients = [new Recipient("storage@example.com"), new Recipient("ops@example.com")],
    };

    /// <inheritdoc/>
    protected override IDeviceDriver CreateDriver(DeviceHttpClientOptions options) => new PureFlashArrayDriver(options);

    /// <inheritdoc/>
    protected override SimDevice CreateSimulatedDevice(LabDevice labDevice) =>
        new HttpSimulatedDevice(labDevice, Properties, (key, value) =>
        {
            var model = (PureLabModel)labDevice.Model;
            model.Smtp = (key.Name, value) switch
            {
                ("smtp.port", IntegerValue port) => model.Smtp with { RelayHost = $"{PureLabModel.SplitRelay(model.Smtp.RelayHost).Host}:{port.Value}" },
                ("smtp.relay", TextValue host) => model.Smtp with { RelayHost = host.Value },
                _ => throw new ArgumentException($"No out-of-band change for {key}.", nameof(key)),
            };
        });
}
