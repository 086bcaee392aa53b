using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton;

/// <summary>
/// A session with an SC200 or SC300: the kit's batched reads, one-SET writes and snapshot, plus the test
/// mail: a SET of <c>send-Test-Email.&lt;row&gt;</c> (an empty OCTET STRING) for every used receiver row,
/// then <c>smtp-Result.&lt;row&gt;</c> polled until it is non-zero: 2xx accepted, anything else refused,
/// 9999 the relay could not be reached.
/// </summary>
/// <param name="driver">The driver.</param>
/// <param name="channel">The channel; the session disposes it.</param>
/// <param name="mode">Read-only or read-write.</param>
/// <param name="group">The email group's instances.</param>
/// <param name="recipients">The receiver-table setting.</param>
internal sealed class EatonSession(SnmpDriver driver, SnmpChannel channel, SessionMode mode, EmailGroup group, LeveledSlotRecipientsSetting recipients)
    : SnmpSnapshotDriverSession(driver, channel, mode), ISupportsTestMessage
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test mail");
        var model = Driver.Descriptor.Models[0];
        var state = recipients.Rows(await FetchAsync(recipients.ReadObjects, "test mail", cancellationToken).ConfigureAwait(false));
        var rows = Enumerable.Range(0, state.Count).Where(i => !recipients.IsUnused(state[i])).ToList();
        if (rows.Count == 0)
        {
            return new TestMessageResponse
            {
                Sent = false,
                Diagnostics = [Diagnostic.Error("eaton.noRecipients", "No receiver row is in use, so no test mail can be sent", "Apply the inventory first so the device has recipients.") with { Device = Channel.DeviceName }],
            };
        }

        var sent = await SetAsync([.. rows.Select(i => new VarBind(group.SendTestEmail[i], OctetString.Empty))], "test mail", cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            return new TestMessageResponse
            {
                Sent = false,
                Diagnostics = [Diagnostic.Error("snmp." + sent.StatusName, $"The {model} refused the test mail: {sent.Status}", $"{Channel.DeviceName} ({Channel.Endpoint}) answered the SET of {sent.FailedOid} with {sent.Status}. Check that the credentials may write the email group.") with { Device = Channel.DeviceName }],
            };
        }

        var results = await PollResultsAsync(rows, request.WaitForResult, cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList();
        foreach (var (row, code) in results.Where(r => r.Code is < 200 or >= 300))
        {
            diagnostics.Add(Diagnostic.Error(
                "eaton.testMailFailed",
                code == 0 ? $"No SMTP result for receiver {row + 1} yet" : $"Test mail to receiver {row + 1} failed with SMTP result {code}",
                code == 9999 ? "The device could not reach the relay: check smtp.relay, smtp.port and the relay's allowed ranges." : "See the relay's log for the refusal.")
                with { Device = Channel.DeviceName, Path = SettingKey.SmtpRecipients.PathAt(row) });
        }

        return new TestMessageResponse
        {
            Sent = diagnostics.Count == 0,
            DeviceResult = string.Join(", ", results.Select(r => string.Create(CultureInfo.InvariantCulture, $"receiver {r.Row + 1}: {r.Code}"))),
            Diagnostics = diagnostics,
        };
    }

    private async Task<List<(int Row, int Code)>> PollResultsAsync(List<int> rows, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var answer = await Reader.ReadAsync([.. rows.Select(i => group.SmtpResult[i])], "test mail result", cancellationToken).ConfigureAwait(false);
            var codes = rows.Select(row => (row, answer[group.SmtpResult[row]] is Integer32 v ? v.Value : 0)).ToList();
            if (codes.All(c => c.Item2 != 0) || DateTime.UtcNow >= deadline)
            {
                return codes;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
