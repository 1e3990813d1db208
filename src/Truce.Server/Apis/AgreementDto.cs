using Truce.Domain.Agreements;
using Truce.Domain.Sources;
using Truce.Formats.Terms;

namespace Truce.Server.Apis;

/// <summary>
/// An agreement: when it is in force (local time of its scope; <see cref="To"/> null while in
/// force), where, guarantors, parties, the acts it forbids, each stakeholder's reading of its
/// exemption clause, zones with extra rules, and the rows it rests on.
/// </summary>
public sealed record AgreementDto(
    string Id,
    string Name,
    AgreementMoment? From,
    AgreementMoment? To,
    AgreementScope Scope,
    IReadOnlyList<string> Guarantors,
    IReadOnlyList<AgreementPartyDto> Parties,
    IReadOnlyList<string> HostileEventTypes,
    IReadOnlyList<ReadingDto> Readings,
    IReadOnlyList<AgreementZone> Zones,
    SourceRef Source)
{
    public static AgreementDto Of(Agreement a, Terms terms, Registry registry)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(registry);
        string? Name(string? id) => id is null ? null : registry.Actors.Find(id)?.Name;
        return new(
            a.Id,
            a.Name,
            a.From,
            a.To,
            a.Scope,
            a.Guarantors,
            [.. a.Parties.Select(p => new AgreementPartyDto(p.ActorId, Name(p.ActorId), p.AnyNonStateActor, p.Joined, p.Left, p.Source))],
            a.HostileEventTypes,
            [
                .. a.Readings.Select(r => new ReadingDto(
                    r.StakeholderId,
                    terms.Stakeholders.FirstOrDefault(s => s.Id == r.StakeholderId)?.Name,
                    [.. r.Named.Select(n => new NamedExemptionDto(n.ActorId, Name(n.ActorId), n.Name, n.Source))],
                    r.Authorities,
                    r.Renamings,
                    r.Source)),
            ],
            a.Zones,
            a.Source);
    }
}
