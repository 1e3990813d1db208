using Truce.Domain.Actors;
using Truce.Domain.Agreements;
using Truce.Domain.Designations;
using Truce.Domain.Sources;

namespace Truce.Domain.Adjudication;

/// <summary>
/// Why an actor is exempt for a stakeholder over a period: the clause names it, or an accepted
/// authority designates it — directly, or through a renaming or merger the stakeholder follows.
/// </summary>
public sealed record ExemptBasis(string ActorId, DateOnly? From, DateOnly? To, Designation? Designation, NamedExemption? Named, ActorLink? Via)
{
    /// <summary>The record relied on: the designation's id or the clause row.</summary>
    public string RecordId => Designation?.Id ?? Named!.Source.ToString();

    public SourceRef Source => Designation?.Source ?? Named!.Source;

    public bool Covers(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);

    /// <param name="who">Display name of an actor id.</param>
    public string Describe(Func<string?, string>? who = null)
    {
        who ??= id => id ?? "?";
        var what = Designation is { } d
            ? $"designated by {d.Authority} ({d.Id}{(d.Name is null ? "" : $", as \"{d.Name}\"")})"
            : $"named in the exemption clause ({Named!.Source}{(Named.Name is null ? "" : $", as \"{Named.Name}\"")})";
        var via = Via is null ? "" : $" through {who(Via.FromActorId)} {Via.Kind} {who(Via.ToActorId)} on {Via.From:yyyy-MM-dd}";
        return $"{who(ActorId)} {what}{via}";
    }
}
