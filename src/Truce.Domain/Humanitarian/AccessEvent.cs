using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Domain.Humanitarian;

/// <summary>
/// One row of a convoy table: one source's statement about an aid convoy or an evacuation —
/// requested, approved, denied, delivered, attacked — with the destination, organisation, trucks,
/// people reached, casualties and the blocking party when the source states them. Several rows may
/// describe one incident (one per source); they are kept apart.
/// </summary>
public sealed record AccessEvent
{
    /// <summary>Row id, e.g. <c>V13</c>.</summary>
    public required string Id { get; init; }

    public required PartialDate Date { get; init; }

    /// <summary>The last day, for events over several days.</summary>
    public PartialDate? DateEnd { get; init; }

    /// <summary>Where the aid was going (or, for evacuations, <c>from …</c>), as the table says.</summary>
    public required string Destination { get; init; }

    public string DestinationPcode { get; init; } = "";

    public string Organisation { get; init; } = "";

    /// <summary>The status as written, e.g. <c>delivered (last entry before siege)</c>.</summary>
    public required string Status { get; init; }

    /// <summary>What the status means (see docs/humanitarian.md for the mapping).</summary>
    public required AccessKind Kind { get; init; }

    /// <summary>Trucks (or buses) as written, e.g. <c>31 (18 hit)</c>.</summary>
    public string Trucks { get; init; } = "";

    /// <summary>The first count of <see cref="Trucks"/>, when it starts with one.</summary>
    public int? TruckCount { get; init; }

    /// <summary>People reached (or evacuated, or waiting) as written.</summary>
    public string Beneficiaries { get; init; } = "";

    /// <summary>The first count of <see cref="Beneficiaries"/>, when it starts with one.</summary>
    public long? PeopleReached { get; init; }

    /// <summary>Casualties as the source states them (kept as text; tolls go into a casualty series).</summary>
    public string Casualties { get; init; } = "";

    /// <summary>Who blocked or attacked it, when the source says (its words).</summary>
    public string BlockingParty { get; init; } = "";

    public string Note { get; init; } = "";

    public string DateQualifiers { get; init; } = "";

    public required SourceRef Source { get; init; }

    /// <summary>True for rows that say aid entered the destination.</summary>
    public bool IsDelivery => Kind is AccessKind.Delivered or AccessKind.DeliveredThenAttacked;

    /// <summary>True for rows that say a convoy or its site was attacked.</summary>
    public bool IsAttack => Kind is AccessKind.Attacked or AccessKind.DeliveredThenAttacked;

    /// <summary>True for denials (including aborted evacuations and turned-back convoys).</summary>
    public bool IsDenial => Kind is AccessKind.Denied;

    /// <summary>Rows about the same incident share this: kind group, first day and destination.</summary>
    public string IncidentKey => $"{(IsAttack ? "attack" : Kind.ToString())}|{Date.Earliest:yyyy-MM-dd}|{Destination}";
}
