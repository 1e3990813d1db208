using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Geo.Control;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary><c>/api/control</c>: the control timeline — who held a point on a day, and what changed hands between two days (as <c>truce control</c>).</summary>
public static class ControlApi
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/control").WithTags("Control").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", At).WithName("ControlAt")
            .WithSummary("Who held a point on a day: the area records covering it, else the nearest controlled place within the radius.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/diff", Diff).WithName("ControlDiff")
            .WithSummary("Areas and places whose controllers changed between two days, and km² gained and lost per controller (WGS 84 ellipsoid).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="at">The day (YYYY-MM-DD), required.</param>
    /// <param name="point">LAT,LON in decimal degrees (WGS 84), required.</param>
    /// <param name="radiusKm">How far a controlled place reaches a point no area covers, above 0 and at most 1000 (default 5).</param>
    public static Results<Ok<ControlAtDto>, ProblemHttpResult> At(StoreAccess store, string? at, string? point, double? radiusKm)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!Problems.TryRequiredDay(at, "at", out var day, out var problem)
            || !Problems.TryPoint(point, "point", out var lat, out var lon, out problem))
        {
            return problem!;
        }

        if (radiusKm is { } r && !(r > 0 && r <= 1000))
        {
            return Problems.Bad("radiusKm", $"{r} is not a distance above 0 and at most 1000");
        }

        using var s = store.Open();
        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        var timeline = scenario.Timeline;
        if (radiusKm is { } km && km * 1000 != timeline.Options.PlaceRadiusMetres)
        {
            // Another radius needs its own place index; the parsed records are reused.
            timeline = new ControlTimeline(scenario.Control, new ControlTimelineOptions { PlaceRadiusMetres = km * 1000 });
        }

        var answer = timeline.At(lat, lon, day);
        var records = answer.Hits.Select(h => ControlRecordDto.Of(h.Record, h.DistanceMetres)).ToList();
        return TypedResults.Ok(new ControlAtDto(lat, lon, day, timeline.Options.PlaceRadiusMetres / 1000, answer.Basis, answer.Controllers, answer.Controllers.Count > 1, records));
    }

    /// <param name="store">The store.</param>
    /// <param name="from">The first day (YYYY-MM-DD), required.</param>
    /// <param name="to">The second day (YYYY-MM-DD), required.</param>
    public static Results<Ok<ControlDiff>, ProblemHttpResult> Diff(StoreAccess store, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!Problems.TryRequiredDay(from, "from", out var f, out var problem) || !Problems.TryRequiredDay(to, "to", out var t, out problem))
        {
            return problem!;
        }

        using var s = store.Open();
        return store.TryScenario(s) is { } scenario ? TypedResults.Ok(scenario.Timeline.Diff(f, t)) : Problems.NoScenario();
    }
}
