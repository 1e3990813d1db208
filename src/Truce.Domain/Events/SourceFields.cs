using System.Text;

namespace Truce.Domain.Events;

/// <summary>
/// The row exactly as the source file gave it: column names and the text of every field, in order.
/// Nothing of a source row is dropped, whatever Truce maps to its own fields.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A row read from a file keeps its UTF-8 bytes and decodes them to
/// strings only when first asked (most imports never need them). Equality compares names and
/// values ordinally.
/// </remarks>
public sealed class SourceFields : IEquatable<SourceFields>
{
    private readonly string[] _names;
    private readonly byte[]? _utf8;
    private readonly int[]? _ends;
    private string[]? _values;

    /// <param name="names">Column names; may be shared by every row of one file.</param>
    /// <param name="values">Field text, same length as <paramref name="names"/>.</param>
    /// <exception cref="ArgumentException">The two lengths differ.</exception>
    public SourceFields(string[] names, string[] values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (names.Length != values.Length)
        {
            throw new ArgumentException($"{values.Length} values for {names.Length} names.", nameof(values));
        }

        _names = names;
        _values = values;
    }

    private SourceFields(string[] names, byte[] utf8, int[] ends)
    {
        _names = names;
        _utf8 = utf8;
        _ends = ends;
    }

    /// <summary>An empty set of fields.</summary>
    public static SourceFields Empty { get; } = new([], []);

    /// <summary>
    /// Fields given as one UTF-8 buffer and the end offset of each field in it (copied), decoded
    /// to strings on first use.
    /// </summary>
    /// <exception cref="ArgumentException">The counts differ.</exception>
    public static SourceFields FromUtf8(string[] names, ReadOnlySpan<byte> utf8, ReadOnlySpan<int> ends)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length != ends.Length)
        {
            throw new ArgumentException($"{ends.Length} values for {names.Length} names.", nameof(ends));
        }

        return new SourceFields(names, utf8.ToArray(), ends.ToArray());
    }

    /// <summary>Number of fields.</summary>
    public int Count => _names.Length;

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Field text in file order.</summary>
    public IReadOnlyList<string> Values => Materialize();

    /// <summary>The value of the first column named <paramref name="name"/>, or null.</summary>
    public string? this[string name]
    {
        get
        {
            var i = Array.IndexOf(_names, name);
            return i < 0 ? null : Materialize()[i];
        }
    }

    public bool Equals(SourceFields? other) =>
        other is not null && _names.AsSpan().SequenceEqual(other._names) && Materialize().AsSpan().SequenceEqual(other.Materialize());

    public override bool Equals(object? obj) => Equals(obj as SourceFields);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var v in Materialize())
        {
            hash.Add(v, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private string[] Materialize()
    {
        if (_values is { } done)
        {
            return done;
        }

        var values = new string[_ends!.Length];
        var start = 0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Encoding.UTF8.GetString(_utf8!, start, _ends[i] - start);
            start = _ends[i];
        }

        _values = values; // a benign race: every thread computes the same array
        return values;
    }
}
