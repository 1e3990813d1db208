using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;
using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Storage.Sites;

namespace Truce.Storage.Tests.Sites;

/// <summary>Hand-built sites, notices, events and checks near Aleppo for the strike-flag tests.</summary>
internal static class StrikeCases
{
    public const double Lat = 36.20;
    public const double Lon = 37.15;

    public static readonly DateTimeOffset Feb27 = new(2016, 2, 27, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Apr27 = new(2016, 4, 27);

    public static IReadOnlyList<PartyActor> Links { get; } =
    [
        new("syrian-government", "Government of Syria"),
        new("russia", "Government of Russia (Soviet Union)"),
        new("opposition", "Syrian insurgents"),
    ];

    public static ProtectedSite Site(string id, double radius, Geometry? geometry = null, double uncertainty = 0, string? name = null) => new()
    {
        Id = id,
        Name = name,
        Category = SiteCategory.Hospital,
        Geometry = geometry ?? Wgs84.Point(Lon, Lat),
        RadiusMetres = radius,
        Precision = uncertainty == 0 ? LocationPrecision.Exact : new LocationPrecision(PrecisionKind.NeighbourhoodCentroid, uncertainty, "neighbourhood_centroid"),
        Contact = new ContactChannel("MSF Aleppo desk"),
    };

    public static StoredSite Notice(ProtectedSite site, DateTimeOffset at, int revision = 1, bool withdrawn = false, params string[] recipients) =>
        new(site, revision, recipients, at, at, "cli:monitor", withdrawn, null);

    /// <summary>A UCDP event at the point <paramref name="northMetres"/> due north of the site (very nearly: 1 m of latitude ≈ 1/110,950 degree here).</summary>
    public static EventRevision Event(string id, double northMetres, DateOnly? start = null, DateOnly? end = null, int precision = 1,
        int violence = 1, string? sideA = "Government of Syria", string? sideB = "Syrian insurgents", EventDataset dataset = EventDataset.UcdpGed) =>
        At(id, Lat + (northMetres / 110_950), Lon, start, end, precision, violence, sideA, sideB, dataset);

    public static EventRevision At(string id, double lat, double lon, DateOnly? start = null, DateOnly? end = null, int precision = 1,
        int violence = 1, string? sideA = "Government of Syria", string? sideB = "Syrian insurgents", EventDataset dataset = EventDataset.UcdpGed) =>
        new(new ConflictEvent
        {
            Dataset = dataset,
            SourceId = id,
            DateStart = start ?? Apr27,
            DateEnd = end ?? start ?? Apr27,
            DatePrecision = 1,
            GeoPrecision = precision,
            ViolenceType = dataset == EventDataset.UcdpGed ? violence : null,
            Actor1 = sideA,
            Actor2 = sideB,
            Latitude = lat,
            Longitude = lon,
        }, 1, Feb27, null, AdminCodes.None);

    public static StoredCheck Check(long id, string party, DateTimeOffset at, double northMetres, double radius, DateTimeOffset from, DateTimeOffset to,
        CheckOutcome outcome = CheckOutcome.Answered, string? conflictWith = null) =>
        new(id, new CheckRecord($"user:{party}-officer", party, at, [Wgs84.Point(Lon, Lat + (northMetres / 110_950))], radius, from, to, outcome,
            conflictWith is null ? [] : [new CheckConflict(0, "conflict: hospital (MSF Aleppo desk)", [conflictWith])]), id);

    public static SiteStrikes Compute(IReadOnlyList<StoredSite> sites, params EventRevision[] events) =>
        NotifiedSiteStrikes.Compute(sites, [], Links, events);
}
