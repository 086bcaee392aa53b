using Provisioner.Abstractions;

namespace Provisioner.Inventory.Attestations;

/// <summary>What reading an attestations file gave.</summary>
/// <param name="Attestations">The entries, in file order; empty when the file has errors or does not exist.</param>
/// <param name="Diagnostics">Every problem, each with file:line:column.</param>
public sealed record AttestationLoadResult(IReadOnlyList<Attestation> Attestations, DiagnosticList Diagnostics);
