using System.Globalization;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Drivers.TrueNas.Api;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// Makes the driver's <c>Mail</c> alert services equal a wanted list, position by position in id order: a service that
/// already matches stays; a differing one is updated in place (<c>alertservice.update</c>); surplus services are
/// deleted, missing ones created. Services of other names are never touched.
/// </summary>
/// <param name="channel">The API channel.</param>
/// <param name="device">The device name, for diagnostics.</param>
internal sealed class AlertServiceWriter(ITrueNasChannel channel, string device)
{
    /// <summary>Whether bodies carry <c>type</c> inside <c>attributes</c> (25.10+).</summary>
    public bool TypeInAttributes { get; set; }

    /// <summary>Reads the driver's services.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The services in id order.</returns>
    public async Task<IReadOnlyList<AlertService>> ReadAsync(CancellationToken cancellationToken)
    {
        var answer = await channel.CallAsync(Methods.AlertServiceQuery, [], cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            throw new DeviceProtocolException($"{answer.Operation} at {channel.Endpoint} failed: {answer.Describe()}.") { Endpoint = channel.Endpoint, Operation = answer.Operation };
        }

        return AlertService.ReadOwned(answer.Result, answer.Operation);
    }

    /// <summary>Writes the wanted services.</summary>
    /// <param name="wanted">The services in order (ids ignored).</param>
    /// <param name="pathOf">The diagnostic path of position <c>i</c> of <paramref name="wanted"/>.</param>
    /// <param name="diagnostics">Receives one error per refused call, with the device's message.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>True when every call succeeded.</returns>
    public async Task<bool> WriteAsync(IReadOnlyList<AlertService> wanted, Func<int, string> pathOf, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var ok = true;
        for (var i = 0; i < Math.Min(current.Count, wanted.Count); i++)
        {
            if (!current[i].SameAs(wanted[i]))
            {
                var args = new JsonArray(current[i].Id, wanted[i].ToBody(TypeInAttributes));
                ok &= Check(await channel.CallAsync(Methods.AlertServiceUpdate, args, cancellationToken).ConfigureAwait(false), wanted[i].Email, pathOf(i), diagnostics);
            }
        }

        foreach (var surplus in current.Skip(wanted.Count))
        {
            ok &= Check(await channel.CallAsync(Methods.AlertServiceDelete, [surplus.Id], cancellationToken).ConfigureAwait(false), surplus.Email, SettingKey.SmtpRecipients.Name, diagnostics);
        }

        for (var i = current.Count; i < wanted.Count; i++)
        {
            ok &= Check(await channel.CallAsync(Methods.AlertServiceCreate, [wanted[i].ToBody(TypeInAttributes)], cancellationToken).ConfigureAwait(false), wanted[i].Email, pathOf(i), diagnostics);
        }

        return ok;
    }

    private bool Check(TrueNasAnswer answer, string email, string path, DiagnosticList diagnostics)
    {
        if (answer.Succeeded)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(
            "truenas.alertServiceRefused",
            $"TrueNAS refused the Mail alert service for {email}: {answer.Describe()}",
            string.Create(CultureInfo.InvariantCulture, $"{answer.Operation} at {channel.Endpoint} answered with the middleware's errors; the service is named '{AlertService.NameFor(email)}'."))
            with { Device = device, Path = path });
        return false;
    }
}
