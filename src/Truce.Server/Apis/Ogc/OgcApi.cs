using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NetTopologySuite.Geometries;
using Truce.Domain.Access;
using Truce.Formats.GeoJson;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Server.Apis.Ogc;

/// <summary>
/// <c>/ogc</c>: OGC API – Features, Part 1: Core with GeoJSON, over two collections — <c>events</c>
/// (a point per current event; <c>datetime</c> selects on the event's first day) and
/// <c>control-areas</c> (a polygon per area control record; <c>datetime</c> selects records whose
/// days overlap it). QGIS and GDAL (<c>ogrinfo OAPIF:http://HOST/ogc</c>) read it.
/// </summary>
public static class OgcApi
{
    public const string Events = "events";
    public const string ControlAreas = "control-areas";
    private const string Json = "application/json";
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private static readonly string[] Classes =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    public static IEndpointRouteBuilder MapOgcApi(this IEndpointRouteBuilder routes)
    {
        var ogc = routes.MapGroup("/ogc").WithTags("OGC API - Features").AllowedFor(Permissions.ReadPublished);
        ogc.MapGet("/", Landing).WithName("OgcLandingPage").WithSummary("Landing page: links to the API definition, the conformance declaration and the collections.");
        ogc.MapGet("/conformance", Conformance).WithName("OgcConformance").WithSummary("The conformance classes implemented: Part 1 core, GeoJSON, OpenAPI 3.0.");
        ogc.MapGet("/collections", Collections).WithName("OgcCollections").WithSummary("The feature collections: events and control-areas.");
        ogc.MapGet("/collections/{collectionId}", Collection).WithName("OgcCollection").WithSummary("One feature collection with its extent.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        ogc.MapGet("/collections/{collectionId}/items", Items).WithName("OgcItems")
            .WithSummary("Features of a collection as GeoJSON, filtered by bbox and datetime, paged with limit and next links.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", Item).WithName("OgcItem")
            .WithSummary("One feature as GeoJSON.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="context">The request (for absolute links).</param>
    public static Ok<LandingPage> Landing(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var urls = new OgcUrls(context.Request);
        return TypedResults.Ok(new LandingPage(
            "Truce: events and control areas",
            "The conflict event record and the control timeline as OGC API - Features (Part 1: Core, GeoJSON).",
            [
                new(urls.Root, "self", Json, "This document"),
                new(urls.Api, "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
                new($"{urls.Root}/conformance", "conformance", Json, "Conformance classes implemented"),
                new($"{urls.Root}/collections", "data", Json, "The feature collections"),
            ]));
    }

    public static Ok<ConformanceDeclaration> Conformance() => TypedResults.Ok(new ConformanceDeclaration(Classes));

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for absolute links).</param>
    public static Ok<CollectionList> Collections(StoreAccess store, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var urls = new OgcUrls(context.Request);
        using var s = store.Open();
        return TypedResults.Ok(new CollectionList(
            [new($"{urls.Root}/collections", "self", Json, "The feature collections")],
            [EventsInfo(s, urls), ControlAreasInfo(store, s, urls)]));
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for absolute links).</param>
    /// <param name="collectionId">events or control-areas.</param>
    public static Results<Ok<CollectionInfo>, ProblemHttpResult> Collection(StoreAccess store, HttpContext context, string collectionId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var urls = new OgcUrls(context.Request);
        using var s = store.Open();
        return collectionId switch
        {
            Events => TypedResults.Ok(EventsInfo(s, urls)),
            ControlAreas => TypedResults.Ok(ControlAreasInfo(store, s, urls)),
            _ => NoCollection(collectionId),
        };
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for links and unknown parameters).</param>
    /// <param name="collectionId">events or control-areas.</param>
    /// <param name="limit">Features per page, at least 1 (default 10; above 10000 the page holds 10000).</param>
    /// <param name="offset">Features to skip (default 0); next links set it.</param>
    /// <param name="bbox">west,south,east,north (or six numbers with heights) in CRS84 degrees.</param>
    /// <param name="datetime">An RFC 3339 instant or interval, open ends as .. (2016-12-01T00:00:00Z, 2016-12-01T00:00:00Z/2016-12-15T23:59:59Z, ../2016-12-31T00:00:00Z); compared by UTC day.</param>
    public static Results<GeoJsonResult, ProblemHttpResult> Items(StoreAccess store, HttpContext context, string collectionId, int? limit, int? offset, string? bbox, string? datetime)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        if (collectionId is not (Events or ControlAreas))
        {
            return NoCollection(collectionId);
        }

        if (!ItemsQuery.TryParse(context, limit, offset, bbox, datetime, out var q, out var problem))
        {
            return problem!;
        }

        var urls = new OgcUrls(context.Request);
        using var s = store.Open();
        if (collectionId == Events)
        {
            var query = new EventQuery { Bbox = q.Bbox, From = q.From, To = q.To };
            var matched = s.CountEvents(query);
            var page = s.Events(query with { Limit = q.Limit, Offset = q.Offset }).ToList();
            return Page(context, urls, collectionId, q, matched, page.Count, json => page.ForEach(e => EventGeoJsonWriter.WriteFeature(json, e, nulls: true)));
        }

        if (store.TryScenario(s) is not { } scenario)
        {
            return Problems.NoScenario();
        }

        var all = ControlAreaFeatures.Matching(scenario.Control, q.Bbox, q.From, q.To).ToList();
        var records = all.Skip(q.Offset).Take(q.Limit).ToList();
        return Page(context, urls, collectionId, q, all.Count, records.Count, json => records.ForEach(r => ControlAreaFeatures.Write(json, r)));
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for links).</param>
    /// <param name="collectionId">events or control-areas.</param>
    /// <param name="featureId">An event key (ucdp-ged:233028) or a control record id (aleppo_control.csv#C047, # written %23).</param>
    public static Results<GeoJsonResult, ProblemHttpResult> Item(StoreAccess store, HttpContext context, string collectionId, string featureId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var urls = new OgcUrls(context.Request);
        IReadOnlyList<OgcLink> links =
        [
            new(urls.Item(collectionId, featureId), "self", GeoJsonResult.MediaType, "This feature"),
            new(urls.Collection(collectionId), "collection", Json, "The collection"),
        ];
        using var s = store.Open();
        switch (collectionId)
        {
            case Events:
                return EventLookup.Current(s, featureId) is { } e && featureId.Contains(':', StringComparison.Ordinal)
                    ? new GeoJsonResult(json => EventGeoJsonWriter.WriteFeature(json, e, j => FeatureCollectionWriter.Links(j, links), nulls: true))
                    : NoFeature(collectionId, featureId);
            case ControlAreas:
                var scenario = store.TryScenario(s);
                return scenario is not null && ControlAreaFeatures.All(scenario.Control).FirstOrDefault(r => r.Id == featureId) is { } record
                    ? new GeoJsonResult(json => ControlAreaFeatures.Write(json, record, j => FeatureCollectionWriter.Links(j, links)))
                    : NoFeature(collectionId, featureId);
            default:
                return NoCollection(collectionId);
        }
    }

    private static GeoJsonResult Page(HttpContext context, OgcUrls urls, string collectionId, ItemsQuery q, long matched, int returned, Action<System.Text.Json.Utf8JsonWriter> features)
    {
        var links = new List<OgcLink> { new(urls.Self, "self", GeoJsonResult.MediaType, "This page") };
        if ((long)q.Offset + returned < matched)
        {
            links.Add(new(Paging.Next(context, q.Offset, q.Limit), "next", GeoJsonResult.MediaType, "The next page"));
        }

        links.Add(new(urls.Collection(collectionId), "collection", Json, "The collection"));
        return new GeoJsonResult(json => FeatureCollectionWriter.Page(json, j => { features(j); return returned; }, matched, links));
    }

    private static CollectionInfo EventsInfo(ITruceStore s, OgcUrls urls)
    {
        var box = s.Extent() ?? new BoundingBox(-180, -90, 180, 90);
        var summary = s.Summary();
        return Info(
            urls,
            Events,
            "Events",
            "Conflict events (UCDP GED, ACLED): a point per current event, every field of the record in the properties. datetime selects on the event's first day (date_start).",
            box,
            Start(summary.FirstDate),
            End(summary.LastDate));
    }

    private static CollectionInfo ControlAreasInfo(StoreAccess store, ITruceStore s, OgcUrls urls)
    {
        var records = store.TryScenario(s) is { } scenario ? ControlAreaFeatures.All(scenario.Control).ToList() : [];
        var envelope = new Envelope();
        records.ForEach(r => envelope.ExpandToInclude(r.Geometry!.EnvelopeInternal));
        var box = envelope.IsNull ? new BoundingBox(-180, -90, 180, 90) : new BoundingBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        return Info(
            urls,
            ControlAreas,
            "Control areas",
            "Who held each area (e.g. a city neighbourhood) from a day to a day, one polygon per control record with its controller, dates as stated, confidence and source. datetime selects records whose days overlap it.",
            box,
            records.Count == 0 || records.Any(r => r.From is null) ? null : Start(records.Min(r => r.From)),
            records.Count == 0 || records.Any(r => r.To is null) ? null : End(records.Max(r => r.To)));
    }

    private static CollectionInfo Info(OgcUrls urls, string id, string title, string description, BoundingBox box, string? start, string? end) =>
        new(
            id,
            title,
            description,
            [
                new(urls.Collection(id), "self", Json, "This collection"),
                new(urls.Items(id), "items", GeoJsonResult.MediaType, $"{title} as GeoJSON"),
            ],
            new CollectionExtent(
                new SpatialExtent([[box.West, box.South, box.East, box.North]], Crs84),
                new TemporalExtent([[start, end]], "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")),
            "feature",
            [Crs84]);

    private static string? Start(DateOnly? day) => day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd}T00:00:00Z") : null;

    private static string? End(DateOnly? day) => day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd}T23:59:59Z") : null;

    private static ProblemHttpResult NoCollection(string id) => Problems.NotFound($"no collection '{id}' (this service offers {Events}, {ControlAreas})");

    private static ProblemHttpResult NoFeature(string collection, string id) => Problems.NotFound($"no feature '{id}' in {collection}");
}
