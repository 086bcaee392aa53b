using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>The command for one change, or why none is sent.</summary>
/// <param name="Command">The command; null when the array already holds the value or nothing can be sent.</param>
/// <param name="Status">Set when nothing is sent because the change cannot be written (rejected or not supported before any I/O).</param>
/// <param name="Diagnostic">Why, when <paramref name="Status"/> is set.</param>
internal sealed record DotHillWritePlan(DotHillCommand? Command, WriteStatus? Status = null, Diagnostic? Diagnostic = null);
