using Truce.Domain.Events;

namespace Truce.Domain.Adjudication;

/// <summary>What the verdict engine needs of one event.</summary>
/// <param name="EventId">The event's key (dataset and source id).</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="EventType">ACLED event type or UCDP type of violence name.</param>
/// <param name="Country">Country as the source names it.</param>
/// <param name="Admin">Assigned OCHA P-codes.</param>
/// <param name="Actor1">Initiator as named by the source.</param>
/// <param name="Actor2">Target as named by the source.</param>
/// <param name="Site">Control records bearing on the location on the start day.</param>
public sealed record AdjudicationCase(
    string EventId,
    DateOnly Start,
    DateOnly End,
    string? EventType,
    string? Country,
    AdminCodes Admin,
    string? Actor1,
    string? Actor2,
    EventSite Site);
