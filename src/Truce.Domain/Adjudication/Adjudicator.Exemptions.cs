using Truce.Domain.Humanitarian;

namespace Truce.Domain.Adjudication;

public sealed partial class Adjudicator
{
    /// <summary>
    /// The parties bound by <paramref name="agreementId"/> on <paramref name="day"/>, each with every
    /// stakeholder's answer to "is it exempt?" (stakeholders with a reading, in id order); null for an
    /// unknown agreement. A clause open to any non-state actor contributes every actor some reading can
    /// exempt: those are the parties whose standing depends on whose list is read.
    /// </summary>
    public IReadOnlyList<PartyExemption>? Exemptions(string agreementId, DateOnly day)
    {
        var pairs = _pairs.Where(p => p.Agreement.Id == agreementId).ToList();
        if (pairs.Count == 0)
        {
            return Agreements.Any(a => a.Id == agreementId) ? [] : null;
        }

        var agreement = pairs[0].Agreement;
        var active = agreement.Parties.Where(p => p.IsActiveOn(day)).ToList();
        var actors = new SortedSet<string>(active.Where(p => p.ActorId is not null).Select(p => p.ActorId!), StringComparer.Ordinal);
        if (active.Any(p => p.AnyNonStateActor))
        {
            actors.UnionWith(pairs.SelectMany(p => p.Exempt.Actors));
        }

        return [.. actors.Select(a => new PartyExemption(a, _actors.NameOn(a, day)?.Name ?? _actors.Find(a)?.Name ?? a, [.. pairs.Select(p => (p.Stakeholder.Id, p.Exempt.Find(a, day) is not null))]))];
    }
}
