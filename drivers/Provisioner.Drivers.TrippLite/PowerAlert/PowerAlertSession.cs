using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.TrippLite;

/// <summary>
/// A PowerAlert 15+/20 session: the SNMP primitives plus a test mail, triggered by setting
/// <c>tlpAgentEmailContactTest.&lt;row&gt;</c> to true(1) for every active contact. The MIB has no
/// result object, so "sent" means the agent accepted every trigger; the relay's log has the rest.
/// </summary>
internal sealed class PowerAlertSession(SnmpDriver driver, SnmpChannel channel, SessionMode mode)
    : SnmpDriverSession(driver, channel, mode), ISupportsTestMessage
{
    private const int True = 1;

    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test message");
        var diagnostics = new DiagnosticList();
        var table = Oids.PowerAlert;
        var rows = (await ContactTableReader.ReadAsync(Channel, table, cancellationToken) ?? []).Where(r => r.IsLive).ToList();
        if (rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("tripplite.noContacts", "No active e-mail contact to test", "The contact table has no active row with an address; apply the recipients first.") with { Path = SettingKey.SmtpRecipients.Name });
            return new TestMessageResponse { Sent = false, Diagnostics = diagnostics };
        }

        foreach (var row in rows)
        {
            var outcome = await Channel.SetAsync([new VarBind(ContactTable.Cell(table.TestColumn, row.Index), new Integer32(True))], cancellationToken);
            if (!outcome.IsSuccess)
            {
                diagnostics.Add(Diagnostic.Error("snmp." + outcome.StatusName, $"Device refused the test mail to {row.Address}", $"SET {outcome.FailedOid} answered {outcome.StatusName}.") with { Path = SettingKey.SmtpRecipients.Name });
                return new TestMessageResponse { Sent = false, Diagnostics = diagnostics };
            }
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "tripplite.testRequested", "Test e-mail requested", "TRIPPLITE-PRODUCTS has no result object: check that the messages arrived at the relay or the mailboxes."));
        return new TestMessageResponse
        {
            Sent = true,
            DeviceResult = string.Create(CultureInfo.InvariantCulture, $"test requested for {rows.Count} contact(s): {string.Join(", ", rows.Select(r => r.Address))}"),
            Diagnostics = diagnostics,
        };
    }
}
