using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary><c>/api/designations</c>: every authority's listings of the stored scenario (the designations table and the UN list), with their sources.</summary>
public static class DesignationsApi
{
    public static IEndpointRouteBuilder MapDesignationsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/designations").WithTags("Designations").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", List).WithName("ListDesignations")
            .WithSummary("Designations by authority and actor, in id order, each with its source.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="authority">An authority's short id (e.g. us, ru, un).</param>
    /// <param name="actor">An actor's registry id, or a name the registry matches to one actor.</param>
    public static Results<Ok<IReadOnlyList<DesignationDto>>, ProblemHttpResult> List(StoreAccess store, string? authority, string? actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        var registry = scenario.Registry.Actors;
        var all = scenario.Registry.Designations;
        if (!string.IsNullOrEmpty(authority) && !all.Any(d => d.Authority == authority) && !scenario.Terms.Authorities.Any(a => a.Id == authority))
        {
            return Problems.NotFound($"no authority '{authority}'");
        }

        string? actorId = null;
        if (!string.IsNullOrEmpty(actor))
        {
            actorId = registry.Find(actor)?.Id ?? (registry.Match(actor) is { ActorIds.Count: 1 } m && m.Kind == Domain.Actors.ActorMatchKind.Whole ? m.ActorIds[0] : null);
            if (actorId is null)
            {
                return Problems.NotFound($"no actor with id or name '{actor}'");
            }
        }

        var names = scenario.Terms.Authorities.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        IReadOnlyList<DesignationDto> found =
        [
            .. all.Where(d => (string.IsNullOrEmpty(authority) || d.Authority == authority) && (actorId is null || d.ActorId == actorId))
                .Select(d => new DesignationDto(d.Id, d.Authority, names.GetValueOrDefault(d.Authority), d.ActorId, registry.Find(d.ActorId)?.Name, d.Name, d.From, d.To, d.Source)),
        ];
        return TypedResults.Ok(found);
    }
}
