namespace Provisioner.Inventory.Yaml;

/// <summary>
/// The diagnostic codes (and the empty-file advice) of one file format read through <see cref="YamlTreeReader"/>:
/// the inventory reports <c>inventory.syntax</c>, a mapping file <c>mapping.syntax</c>, from the same reader.
/// </summary>
/// <param name="Syntax">Malformed YAML, several documents, an alias to no anchor.</param>
/// <param name="EmptyFile">A file with no document.</param>
/// <param name="DuplicateKey">A key written twice in one mapping.</param>
/// <param name="WrongType">A key that is not text.</param>
/// <param name="InvalidValue">A control or formatting character in a scalar.</param>
/// <param name="EmptyFileFix">What to write into an empty file.</param>
internal sealed record YamlReadCodes(string Syntax, string EmptyFile, string DuplicateKey, string WrongType, string InvalidValue, string EmptyFileFix);
