namespace Truce.Domain.Events;

/// <summary>
/// The row exactly as the source file gave it: column names and the text of every field, in order.
/// Nothing of a source row is dropped, whatever Truce maps to its own fields.
/// </summary>
/// <remarks>Immutable. Equality compares names and values ordinally.</remarks>
public sealed class SourceFields : IEquatable<SourceFields>
{
    private readonly string[] _names;
    private readonly string[] _values;

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

    /// <summary>An empty set of fields.</summary>
    public static SourceFields Empty { get; } = new([], []);

    /// <summary>Number of fields.</summary>
    public int Count => _names.Length;

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Field text in file order.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The value of the first column named <paramref name="name"/>, or null.</summary>
    public string? this[string name]
    {
        get
        {
            var i = Array.IndexOf(_names, name);
            return i < 0 ? null : _values[i];
        }
    }

    public bool Equals(SourceFields? other) =>
        other is not null && _names.AsSpan().SequenceEqual(other._names) && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as SourceFields);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var v in _values)
        {
            hash.Add(v, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
