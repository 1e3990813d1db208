using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Geo.Control;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary>
/// STAND-IN for the <c>api</c> branch's <c>/api/control/diff</c>, so the web UI's change view can
/// be tested on this branch: drop this file when that branch is merged.
/// </summary>
public static class UiFallbackControlDiffApi
{
    public static IEndpointRouteBuilder MapUiFallbackControlDiffApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/control/diff", Diff).WithTags("Control").WithName("ControlDiff")
            .WithSummary("Polygons and places whose controllers differ between two days, and km² gained and lost per controller.");
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="from">The first day (YYYY-MM-DD).</param>
    /// <param name="to">The second day (YYYY-MM-DD).</param>
    public static Results<Ok<ControlDiff>, ProblemHttpResult> Diff(MapDataCache maps, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (!Problems.TryDay(from, "from", out var f, out var problem) || !Problems.TryDay(to, "to", out var t, out problem))
        {
            return problem!;
        }

        if (f is null || t is null)
        {
            return Problems.Bad(f is null ? "from" : "to", "a day (YYYY-MM-DD) is required");
        }

        var scenario = maps.Current().Scenario;
        return scenario is null ? Problems.NotFound("no scenario is stored") : TypedResults.Ok(scenario.Timeline.Diff(f.Value, t.Value));
    }
}
