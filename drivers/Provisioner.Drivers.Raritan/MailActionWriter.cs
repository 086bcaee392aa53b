using System.Globalization;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Transport.Http.JsonRpc;

namespace Provisioner.Drivers.Raritan;

/// <summary>
/// Makes the driver's <c>SendSmtpMessage</c> actions mail exactly the wanted addresses, in order, with as few calls
/// as it can: the longest matching prefix stays; a differing position is repointed with <c>modifyAction</c> (the id
/// stays, so event rules that bind the action keep mailing); surplus actions are deleted, missing ones added. When an
/// address moves to another position, the tail is deleted and added again instead (a rename would collide with a
/// name that still exists). Actions of other names are never touched.
/// </summary>
/// <param name="rpc">The JSON-RPC client.</param>
/// <param name="device">The device name, for diagnostics.</param>
internal sealed class MailActionWriter(JsonRpcClient rpc, string device)
{
    /// <summary>Reads the driver's actions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The actions in device order.</returns>
    public async Task<IReadOnlyList<MailAction>> ReadAsync(CancellationToken cancellationToken)
    {
        var list = await rpc.InvokeAsync(Endpoints.EventEngine, Endpoints.ListActions, null, cancellationToken).ConfigureAwait(false);
        return MailAction.Read(list.Return, list.Operation);
    }

    /// <summary>Writes the wanted addresses.</summary>
    /// <param name="wanted">The addresses in order.</param>
    /// <param name="diagnostics">Receives one error per refused call, with the recipient's path.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Applied, or Rejected when the device refused a call.</returns>
    public async Task<WriteStatus> WriteAsync(IReadOnlyList<string> wanted, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var prefix = 0;
        while (prefix < current.Count && prefix < wanted.Count && Same(current[prefix].Address, wanted[prefix]))
        {
            prefix++;
        }

        var tail = current.Skip(prefix).ToList();
        var wantedTail = wanted.Skip(prefix).ToList();
        var moves = wantedTail.Any(w => tail.Any(c => Same(c.Address, w)));
        var ok = true;
        var paired = moves ? 0 : Math.Min(tail.Count, wantedTail.Count);
        for (var i = 0; i < paired; i++)
        {
            var code = await CodeAsync(Endpoints.ModifyAction, new JsonObject { ["action"] = MailAction.ToArgument(tail[i].Id, wantedTail[i]) }, cancellationToken).ConfigureAwait(false);
            ok &= Check(code, "modifyAction", prefix + i, wantedTail[i], diagnostics);
        }

        foreach (var surplus in tail.Skip(paired))
        {
            var code = await CodeAsync(Endpoints.DeleteAction, new JsonObject { ["actionId"] = surplus.Id }, cancellationToken).ConfigureAwait(false);
            ok &= Check(code is 1 ? 0 : code, "deleteAction", null, surplus.Address, diagnostics);
        }

        for (var i = paired; i < wantedTail.Count; i++)
        {
            var code = await CodeAsync(Endpoints.AddAction, new JsonObject { ["action"] = MailAction.ToArgument(string.Empty, wantedTail[i]) }, cancellationToken).ConfigureAwait(false);
            ok &= Check(code, "addAction", prefix + i, wantedTail[i], diagnostics);
        }

        return ok ? WriteStatus.Applied : WriteStatus.Rejected;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private async Task<int> CodeAsync(string method, JsonObject parameters, CancellationToken cancellationToken) =>
        (await rpc.InvokeAsync(Endpoints.EventEngine, method, parameters, cancellationToken).ConfigureAwait(false)).ReturnCode();

    private bool Check(int code, string method, int? index, string address, DiagnosticList diagnostics)
    {
        if (code == 0)
        {
            return true;
        }

        var meaning = (method, code) switch
        {
            ("addAction" or "modifyAction", 1) => "an action of that name exists already (is the address listed twice?)",
            ("addAction", 2) => "the device could not generate an action id",
            ("addAction", 3) => "the device holds no more actions; delete unused ones",
            ("modifyAction", 2) => "the action no longer exists (changed by someone else meanwhile?)",
            ("deleteAction", 2) => "the action cannot be deleted",
            _ => "an undocumented code",
        };
        diagnostics.Add(Diagnostic.Error(
            "raritan.actionRefused",
            $"The PX refused {method} for {address}",
            string.Create(CultureInfo.InvariantCulture, $"/event_engine {method} answered {code}: {meaning}. The action is named '{MailAction.NameFor(address)}'."))
            with { Device = device, Path = index is { } i ? SettingKey.SmtpRecipients.PathAt(i) : SettingKey.SmtpRecipients.Name });
        return false;
    }
}
