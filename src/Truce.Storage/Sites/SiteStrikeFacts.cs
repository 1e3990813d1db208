using System.Globalization;
using Truce.Domain.Adjudication;
using Truce.Domain.Sources;

namespace Truce.Storage.Sites;

/// <summary>
/// A flag in the words of a verdict explanation: one <c>protected-site</c> fact for the site and
/// one <c>site-party</c> fact for each side, so that the monitor's explanation of an event's
/// verdicts shows that it struck within the reach of a notified site, who had been told and what
/// they had asked. Monitor-only: never store these in a verdict's facts, which are read by
/// everyone who may read verdicts (docs/adjudication.md, "Strikes on notified sites").
/// </summary>
public static class SiteStrikeFacts
{
    /// <summary>The verdict's facts followed by the facts of every flag of the event <paramref name="eventKey"/>, for the monitor.</summary>
    /// <param name="verdictFacts">A verdict's facts (e.g. <see cref="Adjudication.FactsJson.Read"/> of a stored verdict).</param>
    /// <param name="eventKey">The verdict's event key.</param>
    /// <param name="flags">Flags of any events (e.g. <see cref="SiteStrikes.Flags"/>); those of other events are ignored.</param>
    public static IReadOnlyList<VerdictFact> Explain(IReadOnlyList<VerdictFact> verdictFacts, string eventKey, IEnumerable<SiteStrikeFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(verdictFacts);
        ArgumentNullException.ThrowIfNull(flags);
        return [.. verdictFacts, .. flags.Where(f => string.Equals(f.EventKey, eventKey, StringComparison.Ordinal)).SelectMany(Of)];
    }

    /// <summary>The facts of one flag: the site first, then each side in source order.</summary>
    public static IReadOnlyList<VerdictFact> Of(SiteStrikeFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var source = flag.SiteSources.Count > 0 ? flag.SiteSources[0] : new SourceRef("sites", flag.SiteId);
        var facts = new List<VerdictFact> { new("protected-site", flag.SiteId, Site(flag), flag.DistanceMetres, source) };
        facts.AddRange(flag.Sides.Select(s => new VerdictFact("site-party", $"{flag.SiteId} {s.Side}", Side(s), null, source)));
        return facts;
    }

    /// <summary>E.g. <c>struck within the reach of notified hospital P01 "al-Quds hospital" (revision 1), notified 2016-02-27T00:00:00Z, before the event: 120 m from the site, reach 1,600 m, event located to 0 m</c>.</summary>
    public static string Site(SiteStrikeFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var how = flag.Certainty == StrikeCertainty.Within ? "struck within" : "possibly struck within";
        var name = flag.SiteName is null ? "" : $" \"{flag.SiteName}\"";
        var when = flag.Timing == RelativeTiming.Before ? "before the event" : "during the event's days";
        return string.Create(CultureInfo.InvariantCulture,
            $"{how} the reach of notified {SiteStrikeNames.Of(flag.Category)} {flag.SiteId}{name} (revision {flag.SiteRevision}), notified {SiteStrikeNames.Instant(flag.NotifiedAt)}, {when}: {flag.DistanceMetres:#,0} m from the site, reach {flag.ReachMetres:#,0} m, event located to {flag.EventUncertaintyMetres:#,0} m");
    }

    /// <summary>One side in words: its role, then per linked party whether it was notified and what it checked.</summary>
    public static string Side(SideFinding side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var role = side.Role switch
        {
            SideRole.Striker => "the striker",
            SideRole.PossibleStriker => "a possible striker (the record does not say which side struck)",
            _ => "the target",
        };
        var head = $"{side.Side} {side.Actor}, {role}";
        return side.Parties.Count == 0
            ? $"{head}, is linked to no party"
            : $"{head}, is {string.Join("; ", side.Parties.Select(Party))}";
    }

    private static string Party(PartyFinding p)
    {
        var notified = p.Notified is { } t
            ? $"notified {SiteStrikeNames.Instant(p.NotifiedAt!.Value)} ({(t == RelativeTiming.Before ? "before the event" : "during the event's days")})"
            : "not notified of the site";
        if (p.Checks.Count == 0)
        {
            return $"party {p.Party}: {notified}; did not check this point";
        }

        var last = p.Checks[^1];
        var told = last.Answer switch
        {
            CheckAnswerKind.Conflict => $"was told conflict{(last.NamedSite ? " with this site" : "")} ({last.Told})",
            CheckAnswerKind.Clear => "was told clear",
            _ => "was refused an answer",
        };
        var when = last.Timing == RelativeTiming.Before ? "before the event" : "during the event's days";
        var count = p.Checks.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({p.Checks.Count} covering checks, the last shown)");
        return $"party {p.Party}: {notified}; checked this point at {SiteStrikeNames.Instant(last.At)} ({when}) and {told}{count}";
    }
}
