using Truce.Geo.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>
/// The logged checks of each party, oldest first, with their targets ready to measure. A check
/// covers an event when one of its targets lies within the check's radius plus the event's
/// uncertainty of the event's point, its window overlaps the event's days, and it was answered
/// before the event's last day ended.
/// </summary>
internal sealed class PartyChecks
{
    private readonly Dictionary<string, List<(StoredCheck Check, ShapeDistance[] Targets)>> _byParty = new(StringComparer.Ordinal);

    public PartyChecks(IEnumerable<StoredCheck> checks)
    {
        foreach (var check in checks.OrderBy(c => c.Record.At).ThenBy(c => c.Id))
        {
            if (check.Record.Party is not { } party)
            {
                continue;
            }

            if (!_byParty.TryGetValue(party, out var list))
            {
                _byParty[party] = list = [];
            }

            list.Add((check, [.. check.Record.Targets.Select(t => new ShapeDistance(t))]));
        }
    }

    /// <summary>The party's checks covering the point, oldest first, with what it was told about the covering targets.</summary>
    public IReadOnlyList<CoveringCheck> Covering(string party, double latitude, double longitude, double uncertaintyMetres, EventDays days, string siteId)
    {
        if (!_byParty.TryGetValue(party, out var list))
        {
            return [];
        }

        var found = new List<CoveringCheck>();
        foreach (var (check, targets) in list)
        {
            var r = check.Record;
            if (days.Timing(r.At) is not { } timing || r.From >= days.End || r.To < days.Start)
            {
                continue;
            }

            var limit = r.RadiusMetres + uncertaintyMetres;
            var covering = Enumerable.Range(0, targets.Length)
                .Where(i => !targets[i].CertainlyBeyond(latitude, limit) && targets[i].Metres(latitude, longitude) <= limit)
                .ToHashSet();
            if (covering.Count == 0)
            {
                continue;
            }

            found.Add(Answer(check, covering, timing, siteId));
        }

        return found;
    }

    private static CoveringCheck Answer(StoredCheck check, HashSet<int> covering, RelativeTiming timing, string siteId)
    {
        var r = check.Record;
        if (r.Outcome != CheckOutcome.Answered)
        {
            return new CoveringCheck(check.Id, r.At, timing, CheckAnswerKind.Refused, false, null);
        }

        var conflicts = r.Conflicts.Where(c => covering.Contains(c.Index)).ToList();
        return conflicts.Count == 0
            ? new CoveringCheck(check.Id, r.At, timing, CheckAnswerKind.Clear, false, null)
            : new CoveringCheck(check.Id, r.At, timing, CheckAnswerKind.Conflict,
                conflicts.Any(c => c.SiteIds.Contains(siteId, StringComparer.Ordinal)),
                string.Join("; ", conflicts.Select(c => c.Told).Distinct(StringComparer.Ordinal)));
    }
}
