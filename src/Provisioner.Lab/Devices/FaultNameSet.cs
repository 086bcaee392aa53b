using System.Collections;

namespace Provisioner.Lab.Devices;

/// <summary>A case-insensitive set of object names that says when it changes (the rejected and lost writes of <see cref="DeviceFaults"/>).</summary>
internal sealed class FaultNameSet(Action onChange) : ISet<string>
{
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public int Count => names.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public bool Add(string item) => Report(names.Add(item));

    /// <inheritdoc/>
    void ICollection<string>.Add(string item) => Add(item);

    /// <inheritdoc/>
    public bool Remove(string item) => Report(names.Remove(item));

    /// <inheritdoc/>
    public void Clear()
    {
        var had = names.Count > 0;
        names.Clear();
        Report(had);
    }

    /// <inheritdoc/>
    public bool Contains(string item) => names.Contains(item);

    /// <inheritdoc/>
    public void CopyTo(string[] array, int arrayIndex) => names.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public void ExceptWith(IEnumerable<string> other) => Mutate(s => s.ExceptWith(other));

    /// <inheritdoc/>
    public void IntersectWith(IEnumerable<string> other) => Mutate(s => s.IntersectWith(other));

    /// <inheritdoc/>
    public void SymmetricExceptWith(IEnumerable<string> other) => Mutate(s => s.SymmetricExceptWith(other));

    /// <inheritdoc/>
    public void UnionWith(IEnumerable<string> other) => Mutate(s => s.UnionWith(other));

    /// <inheritdoc/>
    public bool IsProperSubsetOf(IEnumerable<string> other) => names.IsProperSubsetOf(other);

    /// <inheritdoc/>
    public bool IsProperSupersetOf(IEnumerable<string> other) => names.IsProperSupersetOf(other);

    /// <inheritdoc/>
    public bool IsSubsetOf(IEnumerable<string> other) => names.IsSubsetOf(other);

    /// <inheritdoc/>
    public bool IsSupersetOf(IEnumerable<string> other) => names.IsSupersetOf(other);

    /// <inheritdoc/>
    public bool Overlaps(IEnumerable<string> other) => names.Overlaps(other);

    /// <inheritdoc/>
    public bool SetEquals(IEnumerable<string> other) => names.SetEquals(other);

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => names.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => names.GetEnumerator();

    private bool Report(bool changed)
    {
        if (changed)
        {
            onChange();
        }

        return changed;
    }

    private void Mutate(Action<HashSet<string>> change)
    {
        change(names);
        onChange(); // a set operation may swap members without changing the count: always report it
    }
}
