namespace Provisioner.Inventory.Rendering;

/// <summary>The JSON form of a <see cref="Provenance"/>.</summary>
/// <param name="Level">builtIn, organisation, site, device or derived.</param>
/// <param name="Source">file:line:column, or null for built-in values.</param>
/// <param name="Description">How the value was obtained.</param>
public sealed record RenderedProvenance(string Level, string? Source, string Description)
{
    /// <summary>Renders <paramref name="provenance"/>.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <returns>The JSON form.</returns>
    public static RenderedProvenance From(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var level = provenance.Level.ToString();
        return new RenderedProvenance(char.ToLowerInvariant(level[0]) + level[1..], provenance.Source?.ToString(), provenance.Description);
    }
}
