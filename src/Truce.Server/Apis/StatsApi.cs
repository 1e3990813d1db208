using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Stats;

namespace Truce.Server.Apis;

/// <summary><c>/api/stats</c>: events and fatalities per period and group, as <c>truce stats</c> prints them.</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/stats").WithTags("Stats").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", Get).WithName("GetStats")
            .WithSummary("Events and fatalities (best, low, high) per period and group over current events.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="by">day, week (ISO), month (default) or year.</param>
    /// <param name="group">none (default), admin1, admin2, admin3, source-admin1, dyad or actor1.</param>
    /// <param name="from">First day (YYYY-MM-DD), inclusive, on the event's first day.</param>
    /// <param name="to">Last day, inclusive.</param>
    public static Results<Ok<IReadOnlyList<StatsRow>>, ProblemHttpResult> Get(StoreAccess store, string? by, string? group, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!PeriodUnits.TryParse(by ?? "month", out var unit))
        {
            return Problems.Bad("by", $"'{by}' is not one of day, week, month, year");
        }

        if (!StatsGroups.TryParse(group ?? "none", out var g))
        {
            return Problems.Bad("group", $"'{group}' is not one of {string.Join(", ", StatsGroups.Names)}");
        }

        if (!Problems.TryDay(from, "from", out var f, out var problem) || !Problems.TryDay(to, "to", out var t, out problem))
        {
            return problem!;
        }

        using var s = store.Open();
        return TypedResults.Ok(s.Stats(new StatsQuery(unit, g) { From = f, To = t }));
    }
}
