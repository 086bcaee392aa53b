using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>The outcome of reading a mapping file: the definition when it is valid, and every problem found.</summary>
/// <param name="Definition">The mapping, or null when the file has errors.</param>
/// <param name="Diagnostics">Every problem, each with file:line:column.</param>
public sealed record MappingLoadResult(MappingDefinition? Definition, DiagnosticList Diagnostics);
