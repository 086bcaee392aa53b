using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish;

/// <summary>Maps <c>EventService.SMTP</c> onto canonical observations.</summary>
internal static class SmtpReader
{
    /// <summary>The observation of one SMTP setting.</summary>
    /// <param name="key">An SMTP setting (<see cref="WireNames.PropertyOf"/> is not null).</param>
    /// <param name="service">The event service.</param>
    /// <param name="diagnostics">Receives notes (e.g. AutoDetect, PasswordSet).</param>
    /// <returns>The observation.</returns>
    public static Observed Read(SettingKey key, EventServiceDocument service, DiagnosticList diagnostics)
    {
        var property = WireNames.PropertyOf(key)!;
        if (service.Smtp is not { } smtp)
        {
            return new Observed.NotSupported($"the service's EventService ({service.ODataType}) has no SMTP object (added in EventService v1_5_0)");
        }

        if (key.Equals(SettingKey.SmtpAuthPassword))
        {
            if (smtp.TryGetProperty(WireNames.PasswordSet, out var set) && set.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "redfish.passwordSet", $"SMTP.PasswordSet is {(set.GetBoolean() ? "true" : "false")}", "The password itself reads back null; the service only says whether one is stored.") { Path = key.Name });
            }

            return new Observed.WriteOnly();
        }

        if (!smtp.TryGetProperty(property, out var value))
        {
            return new Observed.NotSupported($"the service's SMTP object has no {property} (it is optional; e.g. iDRAC 5.10 has no SMTP.ServiceEnabled)");
        }

        return key.Type switch
        {
            SettingType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False => new Observed.Known(new BooleanValue(value.GetBoolean())),
            SettingType.Number when value.TryGetInt64(out var number) => new Observed.Known(new IntegerValue(number)),
            SettingType.Security => Security(key, value, diagnostics),
            SettingType.Text when value.ValueKind == JsonValueKind.Null => new Observed.Known(new TextValue(string.Empty)),
            _ when value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0 => new Observed.Known(new TextValue(value.GetString()!)),
            SettingType.Text when value.ValueKind == JsonValueKind.String => new Observed.Known(new TextValue(string.Empty)),
            _ when value.ValueKind is JsonValueKind.String or JsonValueKind.Null => new Observed.Absent(),
            _ => throw new DeviceProtocolException($"SMTP.{property} is a JSON {value.ValueKind}, not the type the Redfish schema gives it."),
        };
    }

    /// <summary>The wire value of a canonical security mode.</summary>
    /// <param name="security">The mode.</param>
    /// <returns><c>None</c>, <c>StartTLS</c> or <c>TLS_SSL</c>.</returns>
    public static string WireOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => "StartTLS",
        SmtpSecurity.Tls => "TLS_SSL",
        _ => "None",
    };

    private static Observed Security(SettingKey key, JsonElement value, DiagnosticList diagnostics)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        SmtpSecurity? mode = text switch
        {
            "None" => SmtpSecurity.None,
            "StartTLS" => SmtpSecurity.StartTls,
            "TLS_SSL" => SmtpSecurity.Tls,
            _ => null,
        };
        if (mode is { } known)
        {
            return new Observed.Known(new SecurityValue(known));
        }

        diagnostics.Add(Diagnostic.Warning("redfish.securityUnmapped", $"SMTP.ConnectionProtocol is '{text ?? "null"}', which no canonical mode names", "AutoDetect lets the BMC choose; an apply replaces it with the mode the inventory asks for.") with { Path = key.Name });
        return new Observed.Absent();
    }
}
