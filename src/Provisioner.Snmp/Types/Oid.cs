using System.Globalization;
using System.Text;

namespace Provisioner.Snmp.Types;

/// <summary>
/// An immutable SNMP object identifier such as <c>1.3.6.1.2.1.1.1.0</c>: a sequence of 32-bit arcs
/// with value equality, lexicographic ordering (a prefix sorts before its descendants) and a
/// precomputed hash.
/// </summary>
/// <remarks>Every instance is encodable in BER: at least two arcs, the first 0, 1 or 2, and the
/// second below 40 when the first is 0 or 1.</remarks>
public sealed class Oid : IEquatable<Oid>, IComparable<Oid>, IComparable
{
    /// <summary>The largest number of arcs accepted (RFC 2578 §3.5 allows at most 128).</summary>
    public const int MaxArcs = 128;

    private readonly uint[] _arcs;
    private readonly int _hash;
    private string? _text;

    /// <summary>Creates an identifier from its arcs.</summary>
    /// <param name="arcs">The arcs, for example <c>[1, 3, 6, 1]</c>.</param>
    /// <exception cref="ArgumentException">The arcs do not form an encodable identifier.</exception>
    public Oid(ReadOnlySpan<uint> arcs)
        : this(arcs.ToArray(), validate: true)
    {
    }

    private Oid(uint[] arcs, bool validate)
    {
        if (validate && Validate(arcs) is { } problem)
        {
            throw new ArgumentException(problem, nameof(arcs));
        }

        _arcs = arcs;
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(arcs.AsSpan()));
        _hash = hash.ToHashCode();
    }

    /// <summary>The arcs of this identifier.</summary>
    public ReadOnlySpan<uint> Arcs => _arcs;

    /// <summary>The number of arcs.</summary>
    public int Length => _arcs.Length;

    /// <summary>The arc at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based arc position.</param>
    public uint this[int index] => _arcs[index];

    /// <summary>Parses dotted text such as <c>1.3.6.1.2.1.1.1.0</c> (a leading dot is allowed).</summary>
    /// <param name="text">The dotted identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid numeric object identifier.</exception>
    public static Oid Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var oid)
            ? oid
            : throw new FormatException($"'{text}' is not a numeric object identifier: expected dotted decimal arcs such as 1.3.6.1.2.1.1.1.0.");
    }

    /// <summary>Parses dotted text without throwing.</summary>
    /// <param name="text">The dotted identifier, or <see langword="null"/>.</param>
    /// <param name="oid">The identifier when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Oid? oid)
    {
        oid = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var span = text.AsSpan();
        if (span[0] == '.')
        {
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var arcs = new List<uint>(16);
        foreach (var range in span.Split('.'))
        {
            var part = span[range];
            if (part.IsEmpty || part.Length > 10 || !IsDigits(part)
                || !uint.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var arc))
            {
                return false;
            }

            arcs.Add(arc);
        }

        var array = arcs.ToArray();
        if (Validate(array) is not null)
        {
            return false;
        }

        oid = new Oid(array, validate: false);
        return true;
    }

    /// <summary>Whether this identifier equals <paramref name="prefix"/> or lies beneath it.</summary>
    /// <param name="prefix">The candidate prefix.</param>
    /// <returns><see langword="true"/> when every arc of the prefix matches.</returns>
    public bool StartsWith(Oid prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Arcs.StartsWith(prefix.Arcs);
    }

    /// <summary>Returns a new identifier with <paramref name="arcs"/> appended.</summary>
    /// <param name="arcs">The arcs to append, for example the instance <c>0</c>.</param>
    /// <returns>The longer identifier.</returns>
    public Oid Append(params uint[] arcs)
    {
        ArgumentNullException.ThrowIfNull(arcs);
        return Append(arcs.AsSpan());
    }

    /// <summary>Returns a new identifier with <paramref name="arcs"/> appended.</summary>
    /// <param name="arcs">The arcs to append.</param>
    /// <returns>The longer identifier.</returns>
    public Oid Append(ReadOnlySpan<uint> arcs)
    {
        var result = new uint[_arcs.Length + arcs.Length];
        _arcs.CopyTo(result, 0);
        arcs.CopyTo(result.AsSpan(_arcs.Length));
        return new Oid(result, validate: result.Length > MaxArcs);
    }

    /// <summary>Creates an identifier without validation, taking ownership of the array (decoder use).</summary>
    internal static Oid FromTrusted(uint[] arcs) => new(arcs, validate: false);

    /// <inheritdoc/>
    public bool Equals(Oid? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && Arcs.SequenceEqual(other.Arcs)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Oid);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <inheritdoc/>
    public int CompareTo(Oid? other) => other is null ? 1 : Arcs.SequenceCompareTo(other.Arcs);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Oid other => CompareTo(other),
        _ => throw new ArgumentException("An Oid can only be compared with another Oid.", nameof(obj)),
    };

    /// <summary>Dotted decimal text, for example <c>1.3.6.1.2.1.1.1.0</c>.</summary>
    /// <returns>The dotted form.</returns>
    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        var builder = new StringBuilder(_arcs.Length * 4);
        for (var i = 0; i < _arcs.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            builder.Append(_arcs[i].ToString(CultureInfo.InvariantCulture));
        }

        return _text = builder.ToString();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(Oid? left, Oid? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Oid? left, Oid? right) => !(left == right);

    /// <summary>Lexicographic order.</summary>
    public static bool operator <(Oid? left, Oid? right) => Compare(left, right) < 0;

    /// <summary>Lexicographic order.</summary>
    public static bool operator <=(Oid? left, Oid? right) => Compare(left, right) <= 0;

    /// <summary>Lexicographic order.</summary>
    public static bool operator >(Oid? left, Oid? right) => Compare(left, right) > 0;

    /// <summary>Lexicographic order.</summary>
    public static bool operator >=(Oid? left, Oid? right) => Compare(left, right) >= 0;

    private static int Compare(Oid? left, Oid? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static bool IsDigits(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string? Validate(uint[] arcs)
    {
        if (arcs.Length < 2)
        {
            return "An object identifier needs at least two arcs.";
        }

        if (arcs.Length > MaxArcs)
        {
            return $"An object identifier has at most {MaxArcs} arcs.";
        }

        if (arcs[0] > 2)
        {
            return "The first arc of an object identifier must be 0, 1 or 2.";
        }

        if (arcs[0] < 2 && arcs[1] >= 40)
        {
            return "The second arc must be below 40 when the first arc is 0 or 1.";
        }

        return arcs[0] == 2 && arcs[1] > uint.MaxValue - 80 ? "The second arc is too large to encode." : null;
    }
}
