using Truce.Domain.Sources;

namespace Truce.Domain.Agreements;

/// <summary>
/// A party bound by an agreement from the day it joined until the day it left (both inclusive,
/// null open). Either a named actor, or — for clauses open to "any party that indicated
/// commitment" — every non-state armed actor of the scope that is not exempt.
/// </summary>
public sealed record AgreementParty(string? ActorId, bool AnyNonStateActor, DateOnly? Joined, DateOnly? Left, SourceRef Source)
{
    public bool IsActiveOn(DateOnly day) => (Joined is null || Joined.Value <= day) && (Left is null || day <= Left.Value);

    public string Describe() => ActorId ?? "any non-state armed actor not exempt";
}
