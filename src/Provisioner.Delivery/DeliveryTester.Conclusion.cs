using Provisioner.Abstractions;

namespace Provisioner.Delivery;

/// <summary>Turns a trigger and the copies matched to it into the device's outcome.</summary>
public sealed partial class DeliveryTester
{
    private static DeviceDelivery Conclude(Trigger trigger, IReadOnlyList<(MailboxMessage Message, string How)> matched, string? mailboxProblem)
    {
        var candidate = trigger.Candidate;
        var target = candidate.Target;
        var copies = matched.Select(m => m.Message).ToList();
        var reach = candidate.Recipients.Select(r => new RecipientReach(r.Address, r.Group, r.Observable, r.Observable && DeliveryExpectation.Reached(r, copies))).ToList();
        var diagnostics = new DiagnosticList(trigger.Diagnostics);
        var status = trigger.Final ?? Status(trigger, reach, copies.Count);
        if (status == DeliveryStatus.CannotSelfTest)
        {
            diagnostics.Add(Diagnostic.Warning("delivery.cannotSelfTest", "The device cannot be told to send a test message", candidate.ManualStep) with { Device = target.Name });
        }
        else if (trigger.Expectation is not null && copies.Count == 0 && mailboxProblem is not null)
        {
            diagnostics.Add(Diagnostic.Error("delivery.mailboxUnreadable", "The watched mailbox could not be read", mailboxProblem) with { Device = target.Name });
        }

        foreach (var missed in reach.Where(r => r.Observable && !r.Reached && copies.Count > 0))
        {
            diagnostics.Add(Diagnostic.Error("delivery.groupMissed", $"No copy arrived through {missed.Group ?? missed.Address}", $"Other copies of the same test arrived, so check that the relay expands {missed.Address} and that the watched mailbox is a member of it.") with { Device = target.Name });
        }

        if (trigger.ViaRelay)
        {
            diagnostics.Add(Diagnostic.Warning("delivery.viaRelay", "Sent from this machine through the relay, not by the device", "This proves the relay, the groups and the external contacts; it does not prove the device. Press the device's test button and run 'provisioner test --await' to prove the device.") with { Device = target.Name });
        }

        return new DeviceDelivery
        {
            Device = target.Name,
            Site = target.Site,
            Driver = target.DriverId,
            Status = status,
            Sender = target.Desired.FromAddress,
            Token = trigger.Token,
            CorrelatedBy = matched.Count == 0 ? null : matched.Any(m => m.How == MessageMatcher.ByToken) ? MessageMatcher.ByToken : MessageMatcher.BySenderAndTime,
            TriggeredAt = trigger.Expectation?.Since,
            Latency = copies.Count == 0 || trigger.Expectation is null ? null : Max(copies.Min(c => c.ArrivedAt) - trigger.Expectation.Since, TimeSpan.Zero),
            DeviceResult = trigger.DeviceResult,
            Subject = copies.OrderBy(c => c.ArrivedAt).FirstOrDefault()?.Subject,
            Recipients = reach,
            ManualStep = status == DeliveryStatus.CannotSelfTest ? candidate.ManualStep : null,
            Diagnostics = diagnostics,
            MessageIds = [.. copies.Select(c => c.Id)],
        };
    }

    private static DeliveryStatus Status(Trigger trigger, List<RecipientReach> reach, int copies)
    {
        if (copies > 0)
        {
            var observable = reach.Where(r => r.Observable).ToList();
            return observable.Count > 0 && !observable.All(r => r.Reached) ? DeliveryStatus.PartiallyDelivered
                : trigger.ViaRelay ? DeliveryStatus.DeliveredViaRelay : DeliveryStatus.Delivered;
        }

        return !trigger.Sent && DeviceSmtpResult.Refusals(trigger.DeviceResult).Count > 0 ? DeliveryStatus.Rejected : DeliveryStatus.NotDelivered;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record Trigger(DeliveryCandidate Candidate)
    {
        public DeliveryStatus? Final { get; init; }

        public DeliveryExpectation? Expectation { get; init; }

        public string? Token { get; init; }

        public string? DeviceResult { get; init; }

        public bool Sent { get; init; }

        public bool Awaited { get; init; }

        public bool ViaRelay { get; init; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    }
}
