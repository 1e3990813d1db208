using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Queries;

namespace Truce.Server.Apis;

/// <summary><c>/api/events/geojson</c>: events as points with one stakeholder's verdict, for the map at street zoom.</summary>
public static class EventMapApi
{
    public const int MaxLimit = 50_000;

    /// <summary>The stakeholder value that asks for the disputed flag instead of one stakeholder's outcome.</summary>
    public const string Disputed = "disputed";

    public static IEndpointRouteBuilder MapEventMapApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events").WithTags("Map").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/geojson", Points).WithName("EventPoints")
            .WithSummary("Events in a box and day window as GeoJSON points, each with the selected stakeholder's verdict under one agreement (or whether stakeholders disagree).");
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="bbox">west,south,east,north in WGS 84 degrees (default: the whole world).</param>
    /// <param name="from">First day (YYYY-MM-DD), inclusive, on the event's first day.</param>
    /// <param name="to">Last day, inclusive.</param>
    /// <param name="stakeholder">A stakeholder id, or 'disputed' (default: the first stakeholder).</param>
    /// <param name="agreement">An agreement id (default: the first agreement).</param>
    /// <param name="limit">At most this many features, 1..50000 (default 5000), in day order.</param>
    public static Results<Ok<EventFeatures>, ProblemHttpResult> Points(
        MapDataCache maps, string? bbox, string? from, string? to, string? stakeholder, string? agreement, int? limit)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (!Problems.TryDay(from, "from", out var f, out var problem)
            || !Problems.TryDay(to, "to", out var t, out problem)
            || !Problems.TryBbox(bbox, out var box, out problem)
            || !Problems.TryPage(limit, 0, MaxLimit, out problem))
        {
            return problem!;
        }

        var index = maps.Current().Index;
        var a = agreement is null ? 0 : index.AgreementSlot(agreement);
        if (a < 0 || (agreement is null && index.Agreements.Count == 0))
        {
            return Problems.Bad("agreement", $"'{agreement}' is not one of: {string.Join(", ", index.Agreements.Select(x => x.Id))}");
        }

        var disputedOnly = stakeholder == Disputed;
        var s = stakeholder is null || disputedOnly ? 0 : index.StakeholderSlot(stakeholder);
        if (s < 0)
        {
            return Problems.Bad("stakeholder", $"'{stakeholder}' is not one of: {string.Join(", ", index.Stakeholders.Select(x => x.Id).Append(Disputed))}");
        }

        var judged = index.Agreements.Count > 0 && index.Stakeholders.Count > 0;
        var (found, matched) = index.Points(box ?? new BoundingBox(-180, -90, 180, 90), f, t, limit ?? 5000);
        var features = found.Select(i => new EventFeature(
            "Feature",
            index.Key(i),
            new PointGeometry("Point", [Math.Round(index.Longitude(i), 6), Math.Round(index.Latitude(i), 6)]),
            new EventPointProperties(
                index.Key(i), index.Day(i), index.Best(i),
                judged && !disputedOnly ? index.Outcome(i, a, s) : null,
                judged && index.Disputed(i, a)))).ToList();
        return TypedResults.Ok(new EventFeatures("FeatureCollection", matched, features.Count, features));
    }
}
