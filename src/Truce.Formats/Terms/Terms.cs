using Truce.Domain.Actors;
using Truce.Domain.Adjudication;
using Truce.Domain.Agreements;
using Truce.Domain.Designations;

namespace Truce.Formats.Terms;

/// <summary>Everything a terms file states, resolved against the sourced tables it cites.</summary>
public sealed record Terms(
    IReadOnlyList<Stakeholder> Stakeholders,
    IReadOnlyList<Authority> Authorities,
    IReadOnlyList<ActorPatch> Actors,
    IReadOnlyList<ActorName> Names,
    IReadOnlyList<ActorLink> Links,
    IReadOnlyList<UnListMapping> UnList,
    IReadOnlyList<Designation> Designations,
    IReadOnlyList<SetAside> SetAside,
    IReadOnlyList<ControllerMapping> Controllers,
    IReadOnlyList<Agreement> Agreements);
