using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>
/// Where an inventory element and each of its keys were written. Lets a rule or report point at the
/// exact line of a value, e.g. <c>org.yaml:8:12</c> for <c>relay.address</c>.
/// </summary>
public sealed class SourceMap
{
    private readonly IReadOnlyDictionary<string, SourceLocation> values;

    /// <summary>Creates a map.</summary>
    /// <param name="self">Where the element starts.</param>
    /// <param name="values">Where the value of each written key starts, by key.</param>
    public SourceMap(SourceLocation self, IReadOnlyDictionary<string, SourceLocation> values)
    {
        Self = self ?? throw new ArgumentNullException(nameof(self));
        this.values = values ?? throw new ArgumentNullException(nameof(values));
    }

    /// <summary>Where the element starts.</summary>
    public SourceLocation Self { get; }

    /// <summary>The keys that were written.</summary>
    public IEnumerable<string> Keys => values.Keys;

    /// <summary>Creates a map for an element built without per-key positions.</summary>
    /// <param name="self">Where the element starts.</param>
    /// <returns>A map whose every key points at <paramref name="self"/>.</returns>
    public static SourceMap At(SourceLocation self) => new(self, new Dictionary<string, SourceLocation>());

    /// <summary>True when <paramref name="key"/> was written.</summary>
    /// <param name="key">The snake_case key.</param>
    /// <returns>Whether the key is present.</returns>
    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>Where the value of <paramref name="key"/> starts, or <see cref="Self"/> when the key was not written.</summary>
    /// <param name="key">The snake_case key, e.g. <c>address</c>.</param>
    /// <returns>The location.</returns>
    public SourceLocation Of(string key) => values.TryGetValue(key, out var location) ? location : Self;
}
