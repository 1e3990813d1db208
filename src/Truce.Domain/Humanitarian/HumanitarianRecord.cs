namespace Truce.Domain.Humanitarian;

/// <summary>
/// Everything the humanitarian indicators and the conditions for talks read, apart from verdicts:
/// besieged areas, siege rows, convoy rows, casualty series, the parties tallied, the conditions.
/// </summary>
public sealed record HumanitarianRecord
{
    public IReadOnlyList<BesiegedArea> Areas { get; init; } = [];

    public IReadOnlyList<SiegeRecord> Sieges { get; init; } = [];

    public IReadOnlyList<AccessEvent> Access { get; init; } = [];

    public IReadOnlyList<CasualtyFigure> Casualties { get; init; } = [];

    public IReadOnlyList<AccessParty> Parties { get; init; } = [];

    /// <summary>Places convoy rows name by a P-code without a stored polygon.</summary>
    public IReadOnlyList<NamedPlace> Places { get; init; } = [];

    public IReadOnlyList<Precondition> Conditions { get; init; } = [];

    /// <summary>The area a siege row or destination names, or null.</summary>
    public BesiegedArea? AreaOf(string text) => Areas.FirstOrDefault(a => a.Matches(text));
}
