namespace Truce.Domain.Humanitarian;

/// <summary>
/// Computes the access indicators of every besieged area on a day from the siege and convoy rows
/// (the rules are in docs/humanitarian.md, "Indicators"). Pure: same rows and day, same answer.
/// </summary>
public sealed class AccessIndicators
{
    private readonly HumanitarianRecord _record;
    private readonly AccessOptions _options;
    private readonly Dictionary<string, SiegeRecord[]> _sieges;
    private readonly Dictionary<string, AccessEvent[]> _access;

    public AccessIndicators(HumanitarianRecord record, AccessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        _record = record;
        _options = options ?? new AccessOptions();
        _sieges = record.Areas.ToDictionary(a => a.Id, a => record.Sieges.Where(s => a.Matches(s.AreaName)).ToArray(), StringComparer.Ordinal);
        _access = record.Areas.ToDictionary(a => a.Id, a => record.Access.Where(e => a.Matches(e.Destination)).ToArray(), StringComparer.Ordinal);
    }

    public AccessOptions Options => _options;

    /// <summary>Every area's indicators on <paramref name="day"/>, in the record's area order.</summary>
    public IReadOnlyList<AreaAccess> On(DateOnly day) => [.. _record.Areas.Select(a => For(a, day))];

    /// <summary>One area's indicators on <paramref name="day"/>.</summary>
    public AreaAccess For(BesiegedArea area, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(area);
        var rows = _sieges[area.Id];
        var (status, holding, definitions, statusRows) = Status(rows, day);
        var figures = rows.Where(r => r.Population is not null && CountsAsPopulation(r.Kind) && InWindow(r.FigureDate.Earliest, r.FigureDate.Latest, day, _options.FigureWindowDays)).ToList();
        var latestDay = figures.Count == 0 ? default : figures.Max(f => f.FigureDate.Earliest);
        var events = _access[area.Id];
        var deliveries = events.Where(e => e.IsDelivery && e.Date.Earliest <= day).ToList();
        int? daysMin = null, daysMax = null;
        IReadOnlyList<AccessEvent> last = [];
        if (deliveries.Count > 0)
        {
            var maxEarliest = deliveries.Max(d => d.Date.Earliest);
            var maxLatest = deliveries.Max(d => d.Date.Latest);
            daysMax = day.DayNumber - maxEarliest.DayNumber;
            daysMin = day.DayNumber - (maxLatest < day ? maxLatest : day).DayNumber;
            last = [.. deliveries.Where(d => d.Date.Latest >= maxEarliest)];
        }

        var windowStart = day.AddDays(1 - _options.ReachWindowDays);
        var recent = deliveries.Where(d => d.Date.Latest >= windowStart).ToList();
        var incidents = events.Where(e => e.Date.Earliest <= day).ToList();
        return new AreaAccess
        {
            Area = area,
            At = day,
            Status = status,
            DefinitionsHolding = holding,
            Definitions = definitions,
            StatusRows = statusRows,
            Besiegers = [.. rows.Where(r => r.BesiegingParties.Length > 0 && r.Kind != SiegeRecordKind.CounterSiege && r.Date.Earliest <= day)],
            Figures = figures,
            LatestFigures = [.. figures.Where(f => f.FigureDate.Earliest == latestDay)],
            PopulationLow = figures.Count == 0 ? null : figures.Min(f => f.Population!.Lower),
            PopulationHigh = figures.Count == 0 ? null : figures.Max(f => f.Population!.Upper),
            DaysSinceDeliveryMin = daysMin,
            DaysSinceDeliveryMax = daysMax,
            LastDeliveries = last,
            RecentDeliveries = recent,
            Reached = recent.Sum(d => d.PeopleReached ?? 0),
            ReachedIncomplete = recent.Any(d => d.PeopleReached is null),
            DenialsRecent = Incidents(incidents.Where(e => e.IsDenial && e.Date.Latest >= windowStart)),
            DenialsTotal = Incidents(incidents.Where(e => e.IsDenial)),
            AttacksRecent = Incidents(incidents.Where(e => e.IsAttack && e.Date.Latest >= windowStart)),
            AttacksTotal = Incidents(incidents.Where(e => e.IsAttack)),
        };
    }

    /// <summary>
    /// Denial and attack incidents up to <paramref name="day"/> (and in the reach window) by the party
    /// their rows name; incidents no row attributes are tallied under <see cref="PartyTally.NotStated"/>.
    /// </summary>
    public IReadOnlyList<PartyTally> ByParty(DateOnly day)
    {
        var windowStart = day.AddDays(1 - _options.ReachWindowDays);
        var incidents = _record.Access.Where(e => (e.IsDenial || e.IsAttack) && e.Date.Earliest <= day)
            .GroupBy(e => e.IncidentKey, StringComparer.Ordinal).ToList();
        var tallies = new List<PartyTally>();
        foreach (var party in _record.Parties.Append(null))
        {
            var named = incidents.Where(g => party is null
                ? !g.Any(e => _record.Parties.Any(p => p.NamedIn(e.BlockingParty)))
                : g.Any(e => party.NamedIn(e.BlockingParty))).ToList();
            if (named.Count == 0 && party is null)
            {
                continue;
            }

            tallies.Add(new PartyTally(
                party?.Id ?? PartyTally.NotStated,
                party?.Name ?? "not stated",
                named.Count(g => g.First().IsDenial),
                named.Count(g => g.First().IsDenial && g.Any(e => e.Date.Latest >= windowStart)),
                named.Count(g => g.First().IsAttack),
                named.Count(g => g.First().IsAttack && g.Any(e => e.Date.Latest >= windowStart)),
                [.. named.SelectMany(g => g).Where(e => party is null || party.NamedIn(e.BlockingParty)).Select(e => e.Id)]));
        }

        return tallies;
    }

    private static int Incidents(IEnumerable<AccessEvent> events) => events.Select(e => e.IncidentKey).Distinct(StringComparer.Ordinal).Count();

    private static bool CountsAsPopulation(SiegeRecordKind kind) => kind is not (SiegeRecordKind.PopulationFlow or SiegeRecordKind.Start or SiegeRecordKind.End or SiegeRecordKind.UnStatus);

    private static bool InWindow(DateOnly earliest, DateOnly latest, DateOnly day, int windowDays) =>
        earliest <= day && latest.DayNumber >= day.DayNumber - windowDays;

    private (SiegeStatus Status, int Holding, int Definitions, IReadOnlyList<SiegeRecord> Rows) Status(SiegeRecord[] rows, DateOnly day)
    {
        var starts = rows.Where(r => r.Kind == SiegeRecordKind.Start).ToList();
        var holding = starts.Count(s => s.Date.Latest <= day);
        var end = rows.Where(r => r.Kind == SiegeRecordKind.End && r.Date.Earliest <= day).ToList();
        if (end.Count > 0)
        {
            return (SiegeStatus.Ended, holding, starts.Count, end);
        }

        if (holding == 0)
        {
            var reports = starts.Count > 0 ? [] : rows
                .Where(r => r.Kind is not (SiegeRecordKind.PopulationFlow or SiegeRecordKind.UnStatus) && InWindow(r.Date.Earliest, r.Date.Latest, day, _options.ReportWindowDays))
                .ToList();
            return reports.Count > 0 ? (SiegeStatus.Reported, 0, 0, reports) : (SiegeStatus.NotBesieged, 0, starts.Count, []);
        }

        var broken = rows.Where(r => r.Kind == SiegeRecordKind.Interruption && r.Date.Earliest <= day).MaxBy(r => r.Date.Earliest);
        if (broken is not null && !rows.Any(r => r.Kind == SiegeRecordKind.Reimposed && r.Date.Earliest > broken.Date.Earliest && r.Date.Earliest <= day))
        {
            return (SiegeStatus.Interrupted, holding, starts.Count, [broken]);
        }

        var begun = starts.Where(s => s.Date.Latest <= day).ToList();
        return (holding == starts.Count ? SiegeStatus.Besieged : SiegeStatus.BesiegedBySome, holding, starts.Count, begun);
    }
}
