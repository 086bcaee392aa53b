using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>Writing: the <c>/smtp</c> changes in one <c>setConfiguration</c>, then the recipients' actions.</summary>
internal sealed partial class PxSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var smtpChanges = request.Changes.Where(c => SmtpMapping.Keys.Contains(c.Key)).ToList();
        if (smtpChanges.Count > 0)
        {
            await WriteSmtpAsync(smtpChanges, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        if (request.Changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpRecipients)) is { Value: RecipientsValue wanted })
        {
            statuses[SettingKey.SmtpRecipients] = await actions.WriteAsync([.. wanted.Value.Select(r => r.Address)], diagnostics, cancellationToken).ConfigureAwait(false);
        }

        foreach (var change in request.Changes.Where(c => !statuses.ContainsKey(c.Key)))
        {
            statuses[change.Key] = WriteStatus.NotSupported;
            var step = PxDescriptor.Value.Find(change.Key)?.ManualStep;
            diagnostics.Add(Diagnostic.Warning("setting.manual", $"{change.Key.Name} cannot be set over JSON-RPC", step is null ? $"Driver {PxDescriptor.Id} does not manage it." : $"{step.What} in {step.Where}.") with { Device = device, Path = change.Key.Name });
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    private async Task WriteSmtpAsync(List<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var cfg = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var applied = new List<SettingChange>();
        foreach (var change in changes)
        {
            if (SmtpMapping.Apply(cfg, change) is { } next)
            {
                cfg = next;
                applied.Add(change);
            }
            else
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Error("raritan.cannotHold", $"The PX cannot hold {change.Key.Name} = {change.Value.ToDisplayString()}", "See the driver's constraints (e.g. smtp.security: none or starttls only).") with { Device = device, Path = change.Key.Name });
            }
        }

        if (applied.Count == 0)
        {
            return;
        }

        var password = applied.Select(c => c.Value).OfType<SecretValue>().FirstOrDefault()?.Value;
        if (password is not null)
        {
            rpc.AddSecret(password);
        }

        var code = await SetConfigurationAsync(cfg, password, cancellationToken).ConfigureAwait(false);
        foreach (var change in applied)
        {
            statuses[change.Key] = code == 0 ? WriteStatus.Applied : WriteStatus.Rejected;
        }

        if (code != 0)
        {
            var named = string.Join(", ", applied.Select(c => c.Key.Name));
            foreach (var change in applied)
            {
                diagnostics.Add(Diagnostic.Error(
                    "raritan.invalidParams",
                    $"The PX refused the SMTP settings ({named})",
                    $"/smtp setConfiguration answered {code}{(code == Endpoints.ErrInvalidParams ? " (ERR_INVALID_PARAMS)" : string.Empty)} for the call that changed {named}; the device names no field, so each of them is reported. Nothing of that call was stored. Check the values against the PX's SMTP settings page.")
                    with { Device = device, Path = change.Key.Name });
            }
        }
    }

    private async Task<int> SetConfigurationAsync(SmtpConfiguration cfg, Abstractions.Secret? password, CancellationToken cancellationToken)
    {
        var answer = await rpc.InvokeAsync(Endpoints.Smtp, Endpoints.SetConfiguration, new JsonObject { ["cfg"] = cfg.ToArgument(password) }, cancellationToken).ConfigureAwait(false);
        return answer.ReturnCode();
    }
}
