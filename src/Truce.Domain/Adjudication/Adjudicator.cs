using Truce.Domain.Actors;
using Truce.Domain.Agreements;

namespace Truce.Domain.Adjudication;

/// <summary>
/// The verdict engine: judges an event under every agreement for every stakeholder that has a
/// reading of it (see docs/adjudication.md for the rules). Deterministic: agreements and
/// stakeholders are taken in id order, designations are indexed independently of input order, and
/// the same case always gets the same verdicts. Not thread-safe (it caches name matches); use one
/// instance per thread.
/// </summary>
public sealed partial class Adjudicator
{
    private readonly ActorRegistry _actors;
    private readonly Pair[] _pairs;
    private readonly Dictionary<string, ControllerMapping> _controllers;
    private readonly Dictionary<string, ActorMatch> _matches = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A reading names an unknown stakeholder or actor, or a designation an unknown actor.</exception>
    public Adjudicator(AdjudicationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _actors = inputs.Actors;
        Validate(inputs);
        Stakeholders = [.. inputs.Stakeholders.OrderBy(s => s.Id, StringComparer.Ordinal)];
        Agreements = [.. inputs.Agreements.OrderBy(a => a.Id, StringComparer.Ordinal)];
        var pairs = new List<Pair>();
        foreach (var agreement in Agreements)
        {
            foreach (var stakeholder in Stakeholders)
            {
                if (agreement.Readings.FirstOrDefault(r => r.StakeholderId == stakeholder.Id) is { } reading)
                {
                    pairs.Add(new Pair(agreement, stakeholder, reading, new ExemptIndex(reading, _actors, inputs.Designations)));
                }
            }
        }

        _pairs = [.. pairs];
        _controllers = inputs.Controllers.ToDictionary(c => c.Controller, StringComparer.Ordinal);
    }

    public IReadOnlyList<Stakeholder> Stakeholders { get; }

    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>How many verdicts each event gets: one per (agreement, stakeholder with a reading).</summary>
    public int VerdictsPerCase => _pairs.Length;

    /// <summary>The agreement and stakeholder of verdict slot <paramref name="index"/>.</summary>
    public (Agreement Agreement, Stakeholder Stakeholder, ExemptionReading Reading) Slot(int index) =>
        (_pairs[index].Agreement, _pairs[index].Stakeholder, _pairs[index].Reading);

    /// <summary>Matches an actor name to the registry (cached).</summary>
    public ActorMatch Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ActorMatch.None;
        }

        if (!_matches.TryGetValue(name, out var match))
        {
            _matches[name] = match = _actors.Match(name);
        }

        return match;
    }

    /// <summary>Judges one event; writes <see cref="VerdictsPerCase"/> verdicts in slot order.</summary>
    public void Judge(AdjudicationCase c, Span<Verdict> output)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (output.Length < _pairs.Length)
        {
            throw new ArgumentException($"room for {_pairs.Length} verdicts needed", nameof(output));
        }

        var initiator = Match(c.Actor1);
        var target = Match(c.Actor2);
        for (var i = 0; i < _pairs.Length; i++)
        {
            output[i] = Judge(c, _pairs[i], initiator, target);
        }
    }

    /// <summary>Judges one event and returns its verdicts in slot order.</summary>
    public Verdict[] Judge(AdjudicationCase c)
    {
        var verdicts = new Verdict[_pairs.Length];
        Judge(c, verdicts);
        return verdicts;
    }

    private Verdict Judge(AdjudicationCase c, Pair pair, ActorMatch initiator, ActorMatch target)
    {
        var agreement = pair.Agreement;
        if (InForce(agreement, c.Start, c.End) is { } timing)
        {
            return new Verdict(timing == VerdictReason.NotInForce ? VerdictOutcome.NotApplicable : VerdictOutcome.Indeterminate, timing);
        }

        if (!InScope(agreement.Scope, c))
        {
            return new Verdict(VerdictOutcome.NotApplicable, VerdictReason.OutsideScope);
        }

        if (!agreement.HostileEventTypes.Contains(c.EventType ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return new Verdict(VerdictOutcome.NotApplicable, VerdictReason.NotHostile);
        }

        var first = JudgeOn(c, pair, initiator, target, c.Start);
        if (c.End == c.Start)
        {
            return first;
        }

        var last = JudgeOn(c, pair, initiator, target, c.End);
        return last.Outcome == first.Outcome && last.Reason == first.Reason
            ? first
            : first with { Outcome = VerdictOutcome.Indeterminate, Reason = VerdictReason.ChangedWithinDates };
    }

    private Verdict JudgeOn(AdjudicationCase c, Pair pair, ActorMatch initiator, ActorMatch target, DateOnly day)
    {
        // 1. Is the initiator bound? Bound = a party on the day and not exempt.
        string? boundActor = null;
        AgreementParty? party = null;
        ExemptBasis? exemptInitiator = null;
        string? firstInitiator = null;
        foreach (var id in initiator.ActorIds)
        {
            firstInitiator ??= id;
            var exempt = pair.Exempt.Find(id, day);
            if (exempt is not null)
            {
                exemptInitiator ??= exempt;
                continue;
            }

            if (PartyOf(pair.Agreement, id, day) is { } p)
            {
                boundActor = id;
                party = p;
                break;
            }
        }

        if (boundActor is null)
        {
            if (initiator.Kind is ActorMatchKind.Empty or ActorMatchKind.Unmatched)
            {
                return new Verdict(VerdictOutcome.Indeterminate, VerdictReason.InitiatorUnknown, firstInitiator, exemptInitiator);
            }

            return exemptInitiator is not null
                ? new Verdict(VerdictOutcome.Outside, VerdictReason.InitiatorExempt, exemptInitiator.ActorId, exemptInitiator)
                : new Verdict(VerdictOutcome.Outside, VerdictReason.InitiatorNotParty, firstInitiator);
        }

        // 2. Who was struck? Actor 2 when specific, else the controller of the location.
        IReadOnlyList<string> targets;
        ControlFact? control = null;
        if (IsSpecific(target))
        {
            targets = target.ActorIds;
        }
        else
        {
            var site = Controllers(c.Site, out control, out var other, out var reason);
            if (site is null)
            {
                return new Verdict(VerdictOutcome.Indeterminate, reason, boundActor, Party: party, Control: control, OtherControl: other);
            }

            if (site.Any(id => initiator.ActorIds.Contains(id, StringComparer.Ordinal)))
            {
                // The initiator holds the place itself: the location does not say whom it struck.
                return new Verdict(VerdictOutcome.Indeterminate, VerdictReason.ControllerIsInitiator, boundActor, Party: party, Control: control);
            }

            targets = site;
        }

        // 3. Exempt targets are permitted, others are violations; a mix cannot be settled.
        ExemptBasis? exemptTarget = null;
        string? protectedTarget = null;
        foreach (var id in targets)
        {
            if (pair.Exempt.Find(id, day) is { } basis)
            {
                exemptTarget ??= basis;
            }
            else
            {
                protectedTarget ??= id;
            }
        }

        if (exemptTarget is null)
        {
            return new Verdict(VerdictOutcome.Violation, VerdictReason.TargetNotExempt, boundActor, null, party, protectedTarget, null, control);
        }

        if (protectedTarget is not null)
        {
            return new Verdict(VerdictOutcome.Indeterminate, VerdictReason.TargetMixed, boundActor, null, party, protectedTarget, exemptTarget, control);
        }

        if (ReservedZone(pair.Agreement, c, boundActor, day) is { } zone)
        {
            return new Verdict(VerdictOutcome.Violation, VerdictReason.ZoneReserved, boundActor, null, party, exemptTarget.ActorId, exemptTarget, control, Zone: zone);
        }

        return new Verdict(VerdictOutcome.Permitted, VerdictReason.TargetExempt, boundActor, null, party, exemptTarget.ActorId, exemptTarget, control);
    }

    private bool IsSpecific(ActorMatch target)
    {
        if (target.Kind is not (ActorMatchKind.Whole or ActorMatchKind.Parts))
        {
            return false;
        }

        foreach (var id in target.ActorIds)
        {
            if (_actors.Find(id)?.Type == ActorType.Collective)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The actors controlling the site, or null (with the reason) when they are unknown or disagree.</summary>
    private IReadOnlyList<string>? Controllers(EventSite site, out ControlFact? control, out ControlFact? other, out VerdictReason reason)
    {
        control = null;
        other = null;
        reason = VerdictReason.TargetUnknown;
        if (site.Facts.Count == 0)
        {
            return null;
        }

        IReadOnlyList<string>? agreed = null;
        foreach (var fact in site.Facts)
        {
            var mapped = _controllers.TryGetValue(fact.Record.Controller, out var m) ? m.ActorIds : [];
            if (mapped.Count == 0)
            {
                control = fact;
                reason = VerdictReason.ControllerUnknown;
                return null;
            }

            if (agreed is null)
            {
                agreed = mapped;
                control = fact;
            }
            else if (!agreed.SequenceEqual(mapped, StringComparer.Ordinal))
            {
                other = fact;
                reason = VerdictReason.ControllersDisagree;
                return null;
            }
        }

        return agreed;
    }

    private AgreementParty? PartyOf(Agreement agreement, string actorId, DateOnly day)
    {
        AgreementParty? open = null;
        foreach (var party in agreement.Parties)
        {
            if (!party.IsActiveOn(day))
            {
                continue;
            }

            if (party.ActorId == actorId)
            {
                return party;
            }

            if (party.AnyNonStateActor && open is null && _actors.Find(actorId)?.Type is not (ActorType.StateForces or ActorType.Civilians))
            {
                open = party;
            }
        }

        return open;
    }

    private static AgreementZone? ReservedZone(Agreement agreement, AdjudicationCase c, string initiator, DateOnly day)
    {
        foreach (var zone in agreement.Zones)
        {
            if (zone.IsActiveOn(day) && InAreas(zone.AreaCodes, c.Admin) && !zone.OnlyInitiators.Contains(initiator, StringComparer.Ordinal))
            {
                return zone;
            }
        }

        return null;
    }

    private sealed record Pair(Agreement Agreement, Stakeholder Stakeholder, ExemptionReading Reading, ExemptIndex Exempt);
}
