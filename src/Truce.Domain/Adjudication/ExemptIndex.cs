using Truce.Domain.Actors;
using Truce.Domain.Agreements;
using Truce.Domain.Designations;

namespace Truce.Domain.Adjudication;

/// <summary>
/// One stakeholder's exempt set under one agreement, precomputed as periods per actor. Built
/// from the clause's named actors and the designations of the authorities the reading accepts,
/// closed over renamings and mergers as the reading's <see cref="RenamingPolicy"/> says:
/// <list type="bullet">
/// <item><see cref="RenamingPolicy.FollowsGroup"/>: a listing covers the actor under every name,
/// and any actor it renamed or merged into from the day of that link.</item>
/// <item><see cref="RenamingPolicy.FormalListingOnly"/>: a listing made under a name covers the
/// actor only on days it bore that name; a listing without a name covers it under any name; links
/// carry nothing.</item>
/// </list>
/// Order-independent: periods are sorted by start, then record id, and the first that covers a day wins.
/// </summary>
internal sealed class ExemptIndex
{
    private readonly Dictionary<string, ExemptBasis[]> _byActor;

    public ExemptIndex(ExemptionReading reading, ActorRegistry actors, IEnumerable<Designation> designations)
    {
        var authorities = reading.Authorities.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var periods = new List<ExemptBasis>();
        foreach (var named in reading.Named)
        {
            Cover(periods, actors, reading.Renamings, named.ActorId, named.Name, null, null, null, named);
        }

        foreach (var d in designations)
        {
            if (authorities.Contains(d.Authority))
            {
                Cover(periods, actors, reading.Renamings, d.ActorId, d.Name, d.From, d.To, d, null);
            }
        }

        _byActor = periods
            .GroupBy(p => p.ActorId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(p => p.From ?? DateOnly.MinValue).ThenBy(p => p.RecordId, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
    }

    /// <summary>Every actor some period covers (on some day).</summary>
    public IEnumerable<string> Actors => _byActor.Keys;

    /// <summary>The basis that makes <paramref name="actorId"/> exempt on <paramref name="day"/>, or null.</summary>
    public ExemptBasis? Find(string actorId, DateOnly day)
    {
        if (!_byActor.TryGetValue(actorId, out var periods))
        {
            return null;
        }

        foreach (var p in periods)
        {
            if (p.Covers(day))
            {
                return p;
            }
        }

        return null;
    }

    private static void Cover(List<ExemptBasis> periods, ActorRegistry actors, RenamingPolicy policy, string actorId, string? name, DateOnly? from, DateOnly? to, Designation? designation, NamedExemption? named)
    {
        if (policy == RenamingPolicy.FormalListingOnly)
        {
            foreach (var (f, t) in NamePeriods(actors, actorId, name, from, to))
            {
                periods.Add(new ExemptBasis(actorId, f, t, designation, named, null));
            }

            return;
        }

        periods.Add(new ExemptBasis(actorId, from, to, designation, named, null));
        Follow(periods, actors, actorId, from, to, designation, named, new HashSet<string>(StringComparer.Ordinal) { actorId });
    }

    private static void Follow(List<ExemptBasis> periods, ActorRegistry actors, string actorId, DateOnly? from, DateOnly? to, Designation? designation, NamedExemption? named, HashSet<string> seen)
    {
        foreach (var link in actors.Links.Where(l => l.FromActorId == actorId && l.Kind is ActorLinkKind.RenamedTo or ActorLinkKind.MergedInto).OrderBy(l => l.ToActorId, StringComparer.Ordinal))
        {
            if (!seen.Add(link.ToActorId))
            {
                continue;
            }

            var start = Later(from, link.From);
            if (to is { } end && start is { } s && s > end)
            {
                continue;
            }

            periods.Add(new ExemptBasis(link.ToActorId, start, to, designation, named, link));
            Follow(periods, actors, link.ToActorId, start, to, designation, named, seen);
        }
    }

    /// <summary>The parts of [from, to] on which the actor bore <paramref name="name"/> (all of it when name is null or the actor never renamed).</summary>
    private static IEnumerable<(DateOnly? From, DateOnly? To)> NamePeriods(ActorRegistry actors, string actorId, string? name, DateOnly? from, DateOnly? to)
    {
        var eras = actors.NamesOf(actorId);
        if (name is null || eras.Count == 0)
        {
            yield return (from, to);
            yield break;
        }

        var key = NameKey.Of(name);
        foreach (var era in eras)
        {
            if (NameKey.Of(era.Name) != key)
            {
                continue;
            }

            var start = Later(from, era.From);
            var end = Earlier(to, era.To);
            if (start is { } s && end is { } e && s > e)
            {
                continue;
            }

            yield return (start, end);
        }
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a.Value > b.Value ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a.Value < b.Value ? a : b);
}
