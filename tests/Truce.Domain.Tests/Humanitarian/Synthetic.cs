using Truce.Domain.Humanitarian;
using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Domain.Tests.Humanitarian;

/// <summary>A small made-up record whose answers are known: one town besieged from 10 January 2016.</summary>
internal static class Synthetic
{
    public static readonly BesiegedArea Town = new("town", "Town", ["Town"], [], null, [], false, "test");

    public static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static SiegeRecord Siege(string id, SiegeRecordKind kind, string date, PopulationFigure? population = null, string org = "UN") => new()
    {
        Id = id,
        AreaName = "Town (besieged part)",
        Kind = kind,
        Date = PartialDate.Parse(date)!,
        Population = population,
        ReportingOrg = org,
        Source = new SourceRef("s.csv", id),
    };

    public static AccessEvent Convoy(string id, AccessKind kind, string date, long? people = null, string blocking = "") => new()
    {
        Id = id,
        Date = PartialDate.Parse(date)!,
        Destination = "Town",
        Status = kind.ToString(),
        Kind = kind,
        PeopleReached = people,
        BlockingParty = blocking,
        Source = new SourceRef("c.csv", id),
    };

    public static HumanitarianRecord Record(IEnumerable<AccessEvent> convoys, params SiegeRecord[] sieges) =>
        new() { Areas = [Town], Sieges = [Siege("S0", SiegeRecordKind.Start, "2016-01-10"), .. sieges], Access = [.. convoys] };
}

/// <summary>Facts given as tables: consensus violations per day, the days an agreement is in force, exemptions per day.</summary>
internal sealed class TableFacts : IConditionFacts
{
    public Dictionary<DateOnly, int> Violations { get; } = [];

    public DateOnly InForceFrom { get; init; } = DateOnly.MinValue;

    public Func<DateOnly, IReadOnlyList<PartyExemption>> Parties { get; init; } = _ => [];

    public int? ConsensusViolations(string agreement, DateOnly day) => agreement == "A1" ? Violations.GetValueOrDefault(day) : null;

    public bool? InForce(string agreement, DateOnly day) => agreement == "A1" ? day >= InForceFrom : null;

    public IReadOnlyList<PartyExemption>? Exemptions(string agreement, DateOnly day) => agreement == "A1" ? Parties(day) : null;
}
