using Truce.Domain.Sources;

namespace Truce.Domain.Actors;

/// <summary>
/// The name an actor bore over a period (a renaming ends one era and starts the next). Both days
/// inclusive; null means unbounded. Names outside every era fall back to the actor's own name.
/// </summary>
public sealed record ActorName(string ActorId, string Name, DateOnly? From, DateOnly? To, SourceRef Source)
{
    public bool IsActiveOn(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);
}
