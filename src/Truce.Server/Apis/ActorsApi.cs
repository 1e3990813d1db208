using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Domain.Actors;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Adjudication;

namespace Truce.Server.Apis;

/// <summary><c>/api/actors</c>: the actor registry of the stored scenario — search, one actor with its lineage, and the event names it does not match.</summary>
public static class ActorsApi
{
    public const int MaxLimit = 10_000;

    public static IEndpointRouteBuilder MapActorsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/actors").WithTags("Actors").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", Search).WithName("SearchActors")
            .WithSummary("Registry actors whose id, name, alias or dated name contains q (compared with case, accents and punctuation folded); paged, in id order.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/unmatched", Unmatched).WithName("UnmatchedActorNames")
            .WithSummary("Event actor names the registry does not match (whole, or part of a coalition name), most used first, with the parts that failed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}", Get).WithName("GetActor")
            .WithSummary("One registry actor with its aliases, dated names and lineage links in and out.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for the next page's URL).</param>
    /// <param name="q">Part of an actor's id, name, alias or dated name; all actors when empty.</param>
    /// <param name="limit">Page size, 1..10000 (default 100).</param>
    /// <param name="offset">Actors to skip (default 0).</param>
    public static Results<Ok<Page<ActorDto>>, ProblemHttpResult> Search(StoreAccess store, HttpContext context, string? q, int? limit, int? offset)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        if (!Problems.TryPage(limit, offset, MaxLimit, out var problem))
        {
            return problem!;
        }

        using var s = store.Open();
        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        var (take, skip) = (limit ?? 100, offset ?? 0);
        var registry = scenario.Registry.Actors;
        var key = NameKey.Of(q ?? "");
        var found = registry.Actors.Where(a => key.Length == 0 || Matches(a, registry, key, q!)).ToList();
        var outgoing = registry.Links.ToLookup(l => l.FromActorId, StringComparer.Ordinal);
        var items = found.Skip(skip).Take(take).Select(a => ActorDto.Of(a, registry, outgoing)).ToList();
        return TypedResults.Ok(new Page<ActorDto>(items, skip, take, (long)skip + take < found.Count ? Paging.Next(context, skip, take) : null));
    }

    /// <param name="store">The store.</param>
    /// <param name="id">The actor's registry id, e.g. ucdp:1234 or un:QDe.137.</param>
    public static Results<Ok<ActorDto>, ProblemHttpResult> Get(StoreAccess store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        var registry = scenario.Registry.Actors;
        return registry.Find(id) is { } actor
            ? TypedResults.Ok(ActorDto.Of(actor, registry, registry.Links.ToLookup(l => l.FromActorId, StringComparer.Ordinal)))
            : Problems.NotFound($"no actor with id '{id}'");
    }

    /// <param name="store">The store.</param>
    public static Results<Ok<IReadOnlyList<UnmatchedName>>, ProblemHttpResult> Unmatched(StoreAccess store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        return store.TryScenario(s) is { } scenario ? TypedResults.Ok(UnmatchedNames.Of(s, scenario)) : Problems.NoScenario();
    }

    private static bool Matches(Actor actor, ActorRegistry registry, string key, string q) =>
        actor.Id.Contains(q, StringComparison.OrdinalIgnoreCase)
        || NameKey.Of(actor.Name).Contains(key, StringComparison.Ordinal)
        || actor.Aliases.Any(a => NameKey.Of(a).Contains(key, StringComparison.Ordinal))
        || registry.NamesOf(actor.Id).Any(n => NameKey.Of(n.Name).Contains(key, StringComparison.Ordinal));
}
