using Truce.Domain.Actors;
using Truce.Domain.Agreements;
using Truce.Domain.Designations;

namespace Truce.Domain.Adjudication;

/// <summary>Everything a verdict depends on besides the event itself.</summary>
public sealed record AdjudicationInputs(
    ActorRegistry Actors,
    IReadOnlyList<Designation> Designations,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<Stakeholder> Stakeholders,
    IReadOnlyList<ControllerMapping> Controllers);
