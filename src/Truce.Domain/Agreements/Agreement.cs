using Truce.Domain.Sources;

namespace Truce.Domain.Agreements;

/// <summary>
/// A ceasefire or arrangement as Truce adjudicates it: when and where it is in force, who is bound,
/// which acts it forbids, and how each stakeholder reads its exemption clause.
/// </summary>
public sealed record Agreement
{
    /// <summary>Short id, e.g. <c>A1</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>When it came into force, local time of the scope; null when unknown (then it never applies).</summary>
    public required AgreementMoment? From { get; init; }

    /// <summary>When it ended, local time; null while in force (open-ended).</summary>
    public AgreementMoment? To { get; init; }

    /// <summary>Where it applies.</summary>
    public required AgreementScope Scope { get; init; }

    /// <summary>Guarantors by actor id (informative; guarantors bound by the terms are listed as parties too).</summary>
    public IReadOnlyList<string> Guarantors { get; init; } = [];

    /// <summary>Who is bound, and since when.</summary>
    public IReadOnlyList<AgreementParty> Parties { get; init; } = [];

    /// <summary>Event types the agreement forbids (ACLED event types, UCDP types of violence), compared ignoring case.</summary>
    public IReadOnlyList<string> HostileEventTypes { get; init; } = [];

    /// <summary>One reading of the exemption clause per stakeholder; a stakeholder without one is not adjudicated.</summary>
    public IReadOnlyList<ExemptionReading> Readings { get; init; } = [];

    /// <summary>Areas with extra rules.</summary>
    public IReadOnlyList<AgreementZone> Zones { get; init; } = [];

    /// <summary>The rows the in-force dates, scope and hostile acts rest on.</summary>
    public required SourceRef Source { get; init; }
}
