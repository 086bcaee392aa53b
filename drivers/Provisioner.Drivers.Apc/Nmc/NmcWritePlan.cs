using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>The commands for one change, or why none are sent.</summary>
/// <param name="Commands">The command lines in order; empty when the card already holds the value.</param>
/// <param name="Status">Set when nothing is sent because the change cannot be written (rejected or not supported before any I/O).</param>
/// <param name="Diagnostic">Why, when <paramref name="Status"/> is set.</param>
internal sealed record NmcWritePlan(IReadOnlyList<NmcCommand> Commands, WriteStatus? Status = null, Diagnostic? Diagnostic = null);
