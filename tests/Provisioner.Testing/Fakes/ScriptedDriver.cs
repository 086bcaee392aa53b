using System.Collections.Concurrent;
using Provisioner.Abstractions;

namespace Provisioner.Testing.Fakes;

/// <summary>
/// A scripted in-memory driver over <see cref="ScriptedDevice"/>s, found by address. It keeps the
/// contract as a real driver must: read-only sessions refuse writes, transport faults are the typed
/// exceptions, rejections are diagnostics with a path, cancellation propagates.
/// </summary>
public sealed class ScriptedDriver : IDeviceDriver
{
    private readonly ConcurrentDictionary<string, ScriptedDevice> devices = new(StringComparer.Ordinal);

    /// <summary>Creates the driver.</summary>
    /// <param name="descriptor">The descriptor; <see cref="DefaultDescriptor"/> when null. Commit/Snapshot capabilities select the transactional session.</param>
    /// <param name="time">The clock silent devices wait on.</param>
    public ScriptedDriver(DriverDescriptor? descriptor = null, TimeProvider? time = null)
    {
        Descriptor = descriptor ?? DefaultDescriptor;
        Time = time ?? TimeProvider.System;
    }

    /// <summary>A descriptor with every catalogue key: 4 recipient slots with per-recipient levels, a write-only password.</summary>
    public static DriverDescriptor DefaultDescriptor { get; } = new()
    {
        Id = "scripted.fake",
        Vendor = "Scripted",
        Models = ["FAKE-1"],
        Transports = [DriverTransport.SnmpV2c],
        DefaultPort = 161,
        Recipients = RecipientModel.FixedSlots(4, perRecipientSeverity: true),
        Identity = new IdentityRule { VendorPattern = "^Scripted$", ModelPattern = "^FAKE-" },
        Description = "In-memory test driver.",
        Settings =
        [
            new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "Mail enabled flag." },
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "Relay address.", Constraints = new() { MaxLength = 39 } },
            new SettingDescriptor { Key = SettingKey.SmtpPort, Description = "Relay port.", Constraints = new() { Minimum = 1, Maximum = 65535 }, DeviceDefault = "25" },
            new SettingDescriptor { Key = SettingKey.SmtpSecurity, Description = "TLS mode.", Constraints = new() { AllowedValues = ["none", "starttls", "tls"] } },
            new SettingDescriptor { Key = SettingKey.SmtpAuthUser, Description = "AUTH user.", Constraints = new() { MaxLength = 32 } },
            new SettingDescriptor { Key = SettingKey.SmtpAuthPassword, Description = "AUTH password.", Access = SettingAccess.WriteOnly, Sensitive = true, Constraints = new() { MaxLength = 32 } },
            new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "Sender address.", Constraints = new() { MaxLength = 64 } },
            new SettingDescriptor { Key = SettingKey.SmtpRecipients, Description = "Four receiver slots.", Constraints = new() { MaxItems = 4, MaxLength = 64 } },
            new SettingDescriptor { Key = SettingKey.AlertsMinimumSeverity, Description = "Device-wide level." },
        ],
    };

    /// <inheritdoc/>
    public DriverDescriptor Descriptor { get; }

    /// <summary>The clock silent devices wait on.</summary>
    public TimeProvider Time { get; }

    /// <summary>Called before every operation (<c>open</c>, <c>identify</c>, <c>read</c>, <c>write</c>, <c>commit</c>, <c>snapshot</c>, <c>restore</c>); tests use it to gate or observe.</summary>
    public Func<ScriptedDevice, string, CancellationToken, Task>? BeforeOperation { get; set; }

    /// <summary>Adds a device.</summary>
    /// <param name="device">The device.</param>
    /// <returns>The device.</returns>
    public ScriptedDevice Add(ScriptedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        devices[device.Address] = device;
        return device;
    }

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (!devices.TryGetValue(request.Address, out var device))
        {
            throw new DeviceUnreachableException($"Nothing answers at {request.Endpoint}: connection refused.") { Endpoint = request.Endpoint, Operation = "open" };
        }

        await BeforeAsync(device, request, "open", cancellationToken);
        if (device.OpenFailures.TryDequeue(out var failure))
        {
            throw failure;
        }

        var community = request.Credentials.Snmp?.Community is { } reference ? request.Secrets.Resolve(reference) : null;
        if (community is null || !string.Equals(community.Reveal(), device.Community, StringComparison.Ordinal))
        {
            throw new DeviceAuthenticationException($"{request.Endpoint} refused the community of credential set '{request.Credentials.Name}'.") { Endpoint = request.Endpoint, Operation = "open" };
        }

        device.SessionOpened();
        return (Descriptor.Capabilities & (DriverCapabilities.Commit | DriverCapabilities.Snapshot)) != 0
            ? new ScriptedTransactionalSession(this, device, request)
            : new ScriptedSession(this, device, request);
    }

    internal async Task BeforeAsync(ScriptedDevice device, OpenRequest request, string operation, CancellationToken cancellationToken)
    {
        if (BeforeOperation is { } hook)
        {
            await hook(device, operation, cancellationToken);
        }

        if (device.IsSilent)
        {
            await Task.Delay(request.Timeout, Time, cancellationToken);
            throw new DeviceTimeoutException($"{request.Endpoint} did not answer {operation} within {request.Timeout.TotalMilliseconds} ms.")
            {
                Endpoint = request.Endpoint, Operation = operation, Waited = request.Timeout, Attempts = 1,
            };
        }
    }
}
