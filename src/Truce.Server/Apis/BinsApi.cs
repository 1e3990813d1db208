using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Server.Map;
using Truce.Storage.Queries;

namespace Truce.Server.Apis;

/// <summary><c>/api/bins</c>: events aggregated into grid cells, and per week, for the map and its charts (from the in-memory index).</summary>
public static class BinsApi
{
    public static IEndpointRouteBuilder MapBinsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/bins").WithTags("Map").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", Bins).WithName("Bins")
            .WithSummary("Events in a box and day window aggregated into square grid cells: count, fatalities (best), violations per agreement and stakeholder, disputed events.");
        api.MapGet("/weekly", Weekly).WithName("WeeklyBins")
            .WithSummary("Events, fatalities (best) and violations per agreement and stakeholder for every week (Monday first) of a day window, optionally in a box.");
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="bbox">west,south,east,north in WGS 84 degrees (default: the whole world).</param>
    /// <param name="from">First day (YYYY-MM-DD), inclusive, on the event's first day.</param>
    /// <param name="to">Last day, inclusive.</param>
    /// <param name="cell">Cell size in degrees, above 0 and at most 10 (default 0.1); the box may span at most 1,048,576 cells.</param>
    public static Results<Ok<MapBins>, ProblemHttpResult> Bins(MapDataCache maps, string? bbox, string? from, string? to, double? cell)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (!Problems.TryDay(from, "from", out var f, out var problem)
            || !Problems.TryDay(to, "to", out var t, out problem)
            || !Problems.TryBbox(bbox, out var box, out problem))
        {
            return problem!;
        }

        var size = cell ?? 0.1;
        if (!(size > 0 && size <= 10))
        {
            return Problems.Bad("cell", $"{size.ToString(CultureInfo.InvariantCulture)} is outside (0, 10] degrees");
        }

        var b = box ?? new BoundingBox(-180, -90, 180, 90);
        var cells = (Math.Floor(b.East / size) - Math.Floor(b.West / size) + 1) * (Math.Floor(b.North / size) - Math.Floor(b.South / size) + 1);
        if (cells > MapIndex.MaxCells)
        {
            return Problems.Bad("cell", $"{size.ToString(CultureInfo.InvariantCulture)} degrees makes {cells.ToString("N0", CultureInfo.InvariantCulture)} cells over the box; at most {MapIndex.MaxCells.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        return TypedResults.Ok(maps.Current().Index.Bins(b, f, t, size));
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="bbox">west,south,east,north in WGS 84 degrees (default: everywhere).</param>
    /// <param name="from">First day (YYYY-MM-DD), inclusive.</param>
    /// <param name="to">Last day, inclusive.</param>
    public static Results<Ok<MapSeries>, ProblemHttpResult> Weekly(MapDataCache maps, string? bbox, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (!Problems.TryDay(from, "from", out var f, out var problem)
            || !Problems.TryDay(to, "to", out var t, out problem)
            || !Problems.TryBbox(bbox, out var box, out problem))
        {
            return problem!;
        }

        if (f > t)
        {
            return Problems.Bad("to", $"{to} is before from ({from})");
        }

        var index = maps.Current().Index;
        var weeks = index.Weekly(box, f, t, out var broad);
        return TypedResults.Ok(new MapSeries(index.Agreements, index.Stakeholders, weeks, broad));
    }
}
