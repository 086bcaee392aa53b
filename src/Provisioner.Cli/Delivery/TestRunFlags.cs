namespace Provisioner.Cli.Delivery;

/// <summary>The options of <c>provisioner test</c> beyond the shared run settings.</summary>
/// <param name="Awaited">Device names to watch without triggering.</param>
/// <param name="ViaRelay">Send through the relay for devices that cannot self-test.</param>
/// <param name="Cleanup">Delete the confirmed test messages afterwards.</param>
/// <param name="TimeoutSeconds">The wait, or null for the inventory's.</param>
internal sealed record TestRunFlags(IReadOnlySet<string> Awaited, bool ViaRelay, bool Cleanup, int? TimeoutSeconds);
