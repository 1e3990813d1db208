using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Domain.Humanitarian;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Server.Map;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// <c>/api/access</c>: sieges and aid access on a day (as <c>truce access</c>): every besieged area's
/// indicators with the figures and rows behind them, denials and attacks by party, the areas' shapes
/// and the convoy rows as GeoJSON for the map.
/// </summary>
public static class AccessApi
{
    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/access").WithTags("Humanitarian").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", Areas).WithName("AccessByArea")
            .WithSummary("Every besieged area of the humanitarian record on a day: siege status (start definitions begun of those recorded), population range across sources in a 90-day figure window with every figure and its source, days since the last delivery (a range when dates are imprecise) and the rows that may be the last, people reached in 30 days and the share of the population, denial and attack incidents (30 days and total), and the rows behind the status.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/parties", Parties).WithName("AccessByParty")
            .WithSummary("Denial and attack incidents up to a day (and in the last 30 days) by the party the convoy rows name in their own words, with the rows; incidents no row attributes are under (not stated).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/areas.geojson", Shapes).WithName("BesiegedAreaShapes")
            .WithSummary("The besieged areas that have a shape on a day, as GeoJSON. An area defined by a controller is derived: the neighbourhoods among its list that the control record gives that controller on the day, dissolved (derived: true, derivedFrom says which record and day) — not a siege line any source drew.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/convoys", Convoys).WithName("ConvoyRows")
            .WithSummary("The convoy rows whose dates overlap [from, to] (every row when both are omitted), every field as the source states it, as GeoJSON: at a point inside the destination's stored boundary (destination P-code), else inside the besieged area it names on the row's first day, else with a null geometry; place says which.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="at">The day (YYYY-MM-DD).</param>
    public static Results<Ok<AreaAccessDto[]>, ProblemHttpResult> Areas(MapDataCache maps, string? at)
    {
        if (!Problems.TryRequiredDay(at, "at", out var day, out var problem))
        {
            return problem!;
        }

        return Data(maps) is { } data ? TypedResults.Ok(data.Access.On(day).Select(AreaAccessDto.Of).ToArray()) : Problems.NoHumanitarianRecord();
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="at">The day (YYYY-MM-DD).</param>
    public static Results<Ok<PartyTally[]>, ProblemHttpResult> Parties(MapDataCache maps, string? at)
    {
        if (!Problems.TryRequiredDay(at, "at", out var day, out var problem))
        {
            return problem!;
        }

        return Data(maps) is { } data ? TypedResults.Ok(data.Access.ByParty(day).ToArray()) : Problems.NoHumanitarianRecord();
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="at">The day (YYYY-MM-DD).</param>
    public static Results<Ok<BesiegedAreaFeatures>, ProblemHttpResult> Shapes(MapDataCache maps, string? at)
    {
        if (!Problems.TryRequiredDay(at, "at", out var day, out var problem))
        {
            return problem!;
        }

        if (Data(maps) is not { } data)
        {
            return Problems.NoHumanitarianRecord();
        }

        var features = new List<BesiegedAreaFeature>();
        foreach (var area in data.Record.Areas)
        {
            if (data.Shapes.On(area, day) is not { } shape)
            {
                continue;
            }

            var a = data.Access.For(area, day);
            var label = BesiegedShapes.Inside(shape.Geometry);
            var properties = new BesiegedAreaProperties(
                area.Id, area.Name, a.Status, a.PopulationLow, a.PopulationHigh, a.Figures.Count, a.DaysSinceDeliveryMin, a.DaysSinceDeliveryMax,
                shape.Derived, shape.Derived ? string.Create(CultureInfo.InvariantCulture, $"control record: {shape.HeldBy} on {day:yyyy-MM-dd}") : null,
                [.. shape.Parts.Select(p => new HeldNeighbourhoodDto(p.Code, p.Name, p.Records, p.Contested))],
                area.Pcodes, Math.Round(label.X, 6), Math.Round(label.Y, 6));
            features.Add(new BesiegedAreaFeature("Feature", area.Id, Geometry(shape.Geometry), properties));
        }

        return TypedResults.Ok(new BesiegedAreaFeatures("FeatureCollection", day, features));
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="from">First day (YYYY-MM-DD); rows ending before it are left out.</param>
    /// <param name="to">Last day (YYYY-MM-DD); rows beginning after it are left out.</param>
    public static Results<Ok<ConvoyFeatures>, ProblemHttpResult> Convoys(MapDataCache maps, string? from, string? to)
    {
        if (!Problems.TryDay(from, "from", out var first, out var problem) || !Problems.TryDay(to, "to", out var last, out problem))
        {
            return problem!;
        }

        if (first > last)
        {
            return Problems.Bad("from", "must be on or before to");
        }

        if (Data(maps) is not { } data)
        {
            return Problems.NoHumanitarianRecord();
        }

        var features = data.Record.Access
            .Where(e => (first is null || ConvoyDto.LatestDay(e) >= first) && (last is null || e.Date.Earliest <= last))
            .OrderBy(e => e.Date.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => Convoy(data, e))
            .ToList();
        return TypedResults.Ok(new ConvoyFeatures("FeatureCollection", features.Count(f => f.Geometry is not null), features));
    }

    internal static HumanitarianData? Data(MapDataCache maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return maps.Current().Humanitarian;
    }

    private static ConvoyFeature Convoy(HumanitarianData data, AccessEvent e)
    {
        var area = data.Record.AreaOf(e.Destination);
        var day = e.Date.Earliest;
        var (point, place) = (default(NetTopologySuite.Geometries.Point), "");
        if (e.DestinationPcode.Length > 0 && data.Shapes.Boundary(e.DestinationPcode) is { } boundary)
        {
            (point, place) = (BesiegedShapes.Inside(boundary.Geometry), $"a point inside {boundary.Name} ({e.DestinationPcode}), its stored boundary");
        }
        else if (e.DestinationPcode.Length > 0 && data.Record.Places.FirstOrDefault(p => p.Pcode == e.DestinationPcode) is { } named)
        {
            point = new NetTopologySuite.Geometries.Point(named.Longitude, named.Latitude);
            place = $"the point of {named.Name} ({named.Pcode}) the manifest gives: {named.Cite}";
        }
        else if (area is not null && data.Shapes.On(area, day) is { } shape)
        {
            point = BesiegedShapes.Inside(shape.Geometry);
            place = shape.Derived
                ? string.Create(CultureInfo.InvariantCulture, $"a point inside {area.Name} as the control record gives {shape.HeldBy} on {day:yyyy-MM-dd} (derived)")
                : $"a point inside {area.Name}";
        }
        else
        {
            place = e.DestinationPcode.Length > 0 ? $"not on the map: {e.DestinationPcode} is not among the stored boundaries"
                : area is not null ? string.Create(CultureInfo.InvariantCulture, $"not on the map: {area.Name} has no shape on {day:yyyy-MM-dd}")
                : "not on the map: the destination names no mapped area and gives no P-code";
        }

        var geometry = point is null ? null : new PointGeometry("Point", [Math.Round(point.X, 6), Math.Round(point.Y, 6)]);
        return new ConvoyFeature("Feature", e.Id, geometry, ConvoyDto.Of(e, area?.Id, place));
    }

    private static JsonElement Geometry(NetTopologySuite.Geometries.Geometry geometry)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            GeoJsonGeometry.Write(w, geometry, 6);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
