using System.Globalization;
using Truce.Domain.Agreements;

namespace Truce.Domain.Adjudication;

/// <summary>
/// Renders a verdict's facts: always the reading (or, for timing and scope, the agreement) it was
/// judged under, then each record the decision used. Every verdict names at least one record.
/// </summary>
public static class VerdictExplainer
{
    /// <param name="verdict">The verdict.</param>
    /// <param name="agreement">The agreement it was judged under.</param>
    /// <param name="reading">The stakeholder's reading.</param>
    /// <param name="name">Display name of an actor id (e.g. from the registry); the id itself when null.</param>
    public static IReadOnlyList<VerdictFact> Facts(Verdict verdict, Agreement agreement, ExemptionReading reading, Func<string, string?>? name = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(reading);
        string Who(string? id) => id is null ? "?" : name?.Invoke(id) is { } n ? $"{n} ({id})" : id;
        var facts = new List<VerdictFact>();
        switch (verdict.Reason)
        {
            case VerdictReason.NotInForce or VerdictReason.PartlyInForce:
                facts.Add(new("agreement", agreement.Source.ToString(), $"{agreement.Id} in force from {agreement.From?.Stated ?? "unknown"} to {agreement.To?.Stated ?? "open"}", null, agreement.Source));
                return facts;
            case VerdictReason.OutsideScope:
                facts.Add(new("agreement", agreement.Source.ToString(), $"{agreement.Id} applies in {agreement.Scope.Describe()}", null, agreement.Source));
                return facts;
            case VerdictReason.NotHostile:
                facts.Add(new("agreement", agreement.Source.ToString(), $"{agreement.Id} forbids {string.Join(", ", agreement.HostileEventTypes)}", null, agreement.Source));
                return facts;
        }

        facts.Add(new("reading", reading.Source.ToString(), $"{reading.StakeholderId} reads the exemption as: named {Named(reading, Who)}; lists of {string.Join(", ", reading.Authorities)}; renamings: {reading.Renamings}", null, reading.Source));
        if (verdict.InitiatorBasis is { } ib)
        {
            facts.Add(Exempt(ib, "initiator", Who));
        }

        if (verdict.Party is { } party)
        {
            facts.Add(new("party", party.Source.ToString(), $"{Who(verdict.Initiator)} is bound as {(party.ActorId is null ? party.Describe() : Who(party.ActorId))} (joined {Day(party.Joined)})", null, party.Source));
        }
        else if (verdict.Reason == VerdictReason.InitiatorNotParty)
        {
            facts.Add(new("agreement", agreement.Source.ToString(), $"{Who(verdict.Initiator)} is not among the parties of {agreement.Id}", null, agreement.Source));
        }

        if (verdict.Control is { } control)
        {
            facts.Add(Control(control));
        }

        if (verdict.OtherControl is { } other)
        {
            facts.Add(Control(other));
        }

        if (verdict.TargetBasis is { } tb)
        {
            facts.Add(Exempt(tb, "target", Who));
        }

        if (verdict.Reason is VerdictReason.TargetNotExempt or VerdictReason.TargetMixed && verdict.Target is { } target)
        {
            facts.Add(new("target", reading.Source.ToString(), $"{Who(target)} is in no list {reading.StakeholderId} accepts ({string.Join(", ", reading.Authorities)}) and not named by the clause, under the name it bore that day", null, reading.Source));
        }

        if (verdict.Zone is { } zone)
        {
            facts.Add(new("zone", zone.Source.ToString(), $"zone {zone.Id}: only {string.Join(", ", zone.OnlyInitiators)} may strike there", null, zone.Source));
        }

        return facts;
    }

    /// <summary>One sentence: outcome and rule.</summary>
    public static string Summary(Verdict verdict) => verdict.Reason switch
    {
        VerdictReason.NotInForce => "the agreement was not in force on the event's dates",
        VerdictReason.PartlyInForce => "the event's dates straddle the start or end of the agreement",
        VerdictReason.OutsideScope => "the event is outside the agreement's area",
        VerdictReason.NotHostile => "the event is not an act the agreement forbids",
        VerdictReason.InitiatorExempt => $"the initiator {verdict.Initiator} is exempt, so not bound",
        VerdictReason.InitiatorNotParty => $"the initiator {verdict.Initiator} is not a party",
        VerdictReason.InitiatorUnknown => "the initiator is not identified in the actor registry",
        VerdictReason.TargetExempt => $"{verdict.Initiator} (bound) struck {verdict.Target}, which is exempt",
        VerdictReason.TargetNotExempt => $"{verdict.Initiator} (bound) struck {verdict.Target}, which is not exempt",
        VerdictReason.TargetMixed => $"the target includes exempt {verdict.TargetBasis?.ActorId} and non-exempt {verdict.Target}",
        VerdictReason.TargetUnknown => "the target is not specific and no control record covers the location",
        VerdictReason.ControllerUnknown => "the target is not specific and the location's controller is unknown or contested",
        VerdictReason.ControllersDisagree => "the target is not specific and the control records for the location disagree",
        VerdictReason.ControllerIsInitiator => "the target is not specific and the location was held by the initiator itself",
        VerdictReason.ZoneReserved => $"{verdict.Initiator} struck an exempt target in a zone reserved to others",
        VerdictReason.ChangedWithinDates => "the verdict differs between the event's first and last day",
        _ => verdict.Reason.ToString(),
    };

    private static VerdictFact Exempt(ExemptBasis basis, string role, Func<string?, string> who) =>
        new(basis.Designation is null ? "clause" : "designation", basis.RecordId, $"{role} {basis.Describe(who)}, {Day(basis.From)}–{Day(basis.To)}", null, basis.Source);

    private static VerdictFact Control(ControlFact fact) =>
        new("control", fact.Record.Id, $"{fact.Record.Name ?? fact.Record.AreaCode} held by {fact.Record.Controller} {Day(fact.Record.From)}–{Day(fact.Record.To)} ({fact.Record.Confidence} confidence)", fact.DistanceMetres, fact.Record.Source);

    private static string Named(ExemptionReading reading, Func<string?, string> who) =>
        reading.Named.Count == 0 ? "none" : string.Join(", ", reading.Named.Select(n => n.Name is null ? who(n.ActorId) : $"\"{n.Name}\" ({n.ActorId})"));

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";
}
