using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Hpe;

/// <summary>
/// What a simulated iLO accepts in a NetworkProtocol PATCH of <c>Oem.Hpe</c> AlertMail properties: JSON types,
/// 63-character addresses and relay, one recipient address (HPEiLOCmdlets help, addendum §4), and the enable rules
/// checked against the state that results (rest-ssh-apis.md §2b).
/// </summary>
public static class IloAlertMailRules
{
    /// <summary>The longest <c>AlertMailEmail</c> and <c>AlertMailSMTPServer</c>.</summary>
    public const int MaxLength = 63;

    /// <summary>Reads the properties of a PATCH's <c>Oem.Hpe</c> object.</summary>
    /// <param name="hpe">The object.</param>
    /// <param name="fields">The fields: property name, value as logged (password as <c>***</c>) and how it changes the state.</param>
    /// <returns>The 400 answer for a property of the wrong type or value, or null.</returns>
    public static LabHttpResponse? Parse(JsonObject hpe, out List<IloAlertMailField> fields)
    {
        ArgumentNullException.ThrowIfNull(hpe);
        fields = [];
        foreach (var (name, node) in hpe)
        {
            var field = Field(name, node, out var error);
            if (error is not null)
            {
                return error;
            }

            fields.Add(field!);
        }

        return null;
    }

    /// <summary>Checks the enable rules on the state a PATCH would leave.</summary>
    /// <param name="state">The resulting state.</param>
    /// <returns>The 400 answer when a rule is broken, or null.</returns>
    public static LabHttpResponse? CheckFinal(IloAlertMail state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Enabled && (state.Email.Length == 0 || state.SenderDomain.Length == 0 || state.Server.Length == 0))
        {
            return IloLabErrors.BadRequest(IloLabErrors.PropertyValueBadParam, "AlertMailEnabled");
        }

        return state.AuthEnabled && (!state.SecureEnabled || state.AuthUser.Length == 0 || !state.PasswordSet)
            ? IloLabErrors.BadRequest(IloLabErrors.PropertyValueBadParam, "AlertMailSMTPAuthEnabled")
            : null;
    }

    private static IloAlertMailField? Field(string name, JsonNode? node, out LabHttpResponse? error)
    {
        error = null;
        var kind = node?.GetValueKind() ?? JsonValueKind.Null;
        var raw = node?.ToJsonString() ?? "null";
        LabHttpResponse TypeError() => IloLabErrors.BadRequest(IloLabErrors.PropertyValueTypeError, raw, name);
        LabHttpResponse BadValue() => IloLabErrors.BadRequest(IloLabErrors.PropertyValueBadParam, name);
        bool? Flag() => kind is JsonValueKind.True or JsonValueKind.False ? kind == JsonValueKind.True : null;
        string? Text() => kind == JsonValueKind.String ? node!.GetValue<string>() : null;

        switch (name)
        {
            case "AlertMailEnabled" or "AlertMailSMTPSecureEnabled" or "AlertMailSMTPAuthEnabled":
                if (Flag() is not { } flag)
                {
                    error = TypeError();
                    return null;
                }

                return new(name, flag ? "true" : "false", s => name switch
                {
                    "AlertMailEnabled" => s with { Enabled = flag },
                    "AlertMailSMTPSecureEnabled" => s with { SecureEnabled = flag },
                    _ => s with { AuthEnabled = flag },
                });
            case "AlertMailSMTPPort":
                if (kind != JsonValueKind.Number || !node!.AsValue().TryGetValue<int>(out var port))
                {
                    error = TypeError();
                    return null;
                }

                error = port is < 1 or > 65535 ? BadValue() : null;
                return new(name, port.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s with { Port = port });
            case "AlertMailSMTPAuthPw":
                if (kind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    error = TypeError();
                    return null;
                }

                var set = Text() is { Length: > 0 };
                return new(name, "***", s => s with { PasswordSet = set });
            case "AlertMailEmail" or "AlertMailSMTPServer" or "AlertMailSMTPAuthUser" or "AlertMailSenderDomain":
                if (Text()?.Trim() is not { } text)
                {
                    error = TypeError();
                    return null;
                }

                error = !Fits(name, text) ? BadValue() : null;
                return new(name, text, s => name switch
                {
                    "AlertMailEmail" => s with { Email = text },
                    "AlertMailSMTPServer" => s with { Server = text },
                    "AlertMailSMTPAuthUser" => s with { AuthUser = text },
                    _ => s with { SenderDomain = text },
                });
            default:
                error = IloLabErrors.BadRequest(IloLabErrors.PropertyUnknown, name);
                return null;
        }
    }

    private static bool Fits(string name, string text) => name switch
    {
        "AlertMailEmail" => text.Length == 0 || (text.Length <= MaxLength && IsOneAddress(text)),
        "AlertMailSMTPServer" => text.Length <= MaxLength && !text.Any(char.IsWhiteSpace),
        "AlertMailSenderDomain" => text.Length <= MaxLength && !text.Contains('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace),
        _ => text.Length <= MaxLength,
    };

    private static bool IsOneAddress(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1
            && text.IndexOfAny([',', ';', ' ', '\t', '<', '>']) < 0;
    }
}
