namespace Truce.Domain.Deconfliction;

/// <summary>A strike check that touched protected sites: their categories and contact channels, nothing else.</summary>
public sealed record ConflictAnswer : CheckAnswer
{
    private readonly ConflictNotice[] _notices;

    internal ConflictAnswer(ConflictNotice[] notices) => _notices = notices;

    public override bool IsClear => false;

    /// <summary>Each (category, contact) pair once, ordered by category then contact.</summary>
    public IReadOnlyList<ConflictNotice> Notices => _notices;

    public bool Equals(ConflictAnswer? other) => other is not null && _notices.AsSpan().SequenceEqual(other._notices);

    public override int GetHashCode() => _notices.Aggregate(0, HashCode.Combine);

    public override string ToString() => "conflict: " + string.Join("; ", _notices.Select(n => $"{n.Category} ({n.Contact})"));
}
