namespace Provisioner.Drivers.DotHill;

/// <summary>One <c>OBJECT</c> of an XML answer: its name and its <c>PROPERTY</c> values by name (first one wins).</summary>
/// <param name="Name">The <c>name</c> attribute, e.g. <c>email-parameters</c>.</param>
/// <param name="BaseType">The <c>basetype</c> attribute; the name when absent.</param>
/// <param name="Properties">The property texts by name (ordinal).</param>
internal sealed record DotHillObject(string Name, string BaseType, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The property <paramref name="name"/>, or null when the object has none.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The text or null.</returns>
    public string? Get(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the object is <paramref name="name"/> by name or base type.</summary>
    /// <param name="name">The object name.</param>
    /// <returns>True when it is.</returns>
    public bool Is(string name) => string.Equals(Name, name, StringComparison.Ordinal) || string.Equals(BaseType, name, StringComparison.Ordinal);
}
