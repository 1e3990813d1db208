namespace Truce.Domain.Deconfliction;

/// <summary>
/// The answer to a strike check: <see cref="Clear"/>, or a <see cref="Conflict"/> that names only
/// the categories of the sites in conflict and whom to contact.
/// </summary>
/// <remarks>
/// Need-to-know (DESIGN.md, principle 5): the type has no member that could carry a coordinate, a
/// distance, a direction, a site id or a count of sites, and no one outside this assembly can
/// derive from it. A conflict with several sites of the same category and contact reads the same
/// as a conflict with one. Immutable; thread-safe.
/// </remarks>
public abstract record CheckAnswer
{
    private protected CheckAnswer()
    {
    }

    /// <summary>The one clear answer.</summary>
    public static CheckAnswer Clear { get; } = new ClearAnswer();

    /// <summary>True when the strike touches no protected site.</summary>
    public abstract bool IsClear { get; }

    /// <summary>A conflict with one or more (category, contact) pairs, listed once each in a fixed order.</summary>
    /// <exception cref="ArgumentException">No pair is given.</exception>
    public static CheckAnswer Conflict(IEnumerable<ConflictNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ConflictNotice[] distinct =
            [.. notices.Distinct().OrderBy(n => n.Category).ThenBy(n => n.Contact.Value, StringComparer.Ordinal)];
        return distinct.Length == 0 ? throw new ArgumentException("A conflict names at least one site category.", nameof(notices)) : new ConflictAnswer(distinct);
    }

    private sealed record ClearAnswer : CheckAnswer
    {
        public override bool IsClear => true;

        public override string ToString() => "clear";
    }
}
