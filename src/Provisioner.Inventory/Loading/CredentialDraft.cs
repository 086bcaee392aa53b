using Provisioner.Abstractions;

namespace Provisioner.Inventory.Loading;

/// <summary>A named credential set as written.</summary>
/// <param name="Set">The credential set.</param>
/// <param name="Sources">Where it was written.</param>
internal sealed record CredentialDraft(CredentialSet Set, SourceMap Sources);
