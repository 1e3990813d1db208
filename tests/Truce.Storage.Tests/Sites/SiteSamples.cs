using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Storage.Sites;

namespace Truce.Storage.Tests.Sites;

/// <summary>Sites and checks with distinctive coordinates and names, so that a leak into the audit log is findable as text.</summary>
internal static class SiteSamples
{
    public static readonly DateTimeOffset T0 = new(2016, 4, 27, 19, 0, 0, 123, TimeSpan.Zero);

    /// <summary>Every coordinate of the samples as text, and their names and categories: none may appear in the audit log.</summary>
    public static readonly string[] Secrets =
        ["37.14242", "36.17505", "37.1811", "36.2139", "37.182", "36.214", "37.15517", "36.19873", "al-Quds", "Bustan al-Qasr", "hospital", "school", "Hospital", "School", "MSF desk"];

    public static ProtectedSite Hospital(string id = "S1") => new()
    {
        Id = id,
        Owner = "MSF",
        Category = SiteCategory.Hospital,
        Name = "al-Quds hospital",
        Geometry = Wgs84.Point(37.14242, 36.17505),
        RadiusMetres = 100,
        ValidFrom = new DateTimeOffset(2016, 2, 27, 0, 0, 0, TimeSpan.Zero),
        Precision = new LocationPrecision(PrecisionKind.NeighbourhoodCentroid, 1_500, "neighbourhood_centroid"),
        Contact = new ContactChannel("MSF desk, Gaziantep"),
        Sources = [new SourceRef("protected_sites.csv", "P01", "buzzfeed_quds", "https://example.org/quds", "'at around 10 p.m.'", null)],
    };

    /// <summary>A polygon site with a hole, a closed window and every optional text missing.</summary>
    public static ProtectedSite School(string id = "S2")
    {
        var shell = Ring((37.1811, 36.2139), (37.1851, 36.2139), (37.1851, 36.2169), (37.1811, 36.2169));
        var hole = Ring((37.182, 36.214), (37.183, 36.214), (37.183, 36.215), (37.182, 36.215));
        return new ProtectedSite
        {
            Id = id,
            Category = SiteCategory.School,
            Geometry = Wgs84.Factory.CreatePolygon(shell, [hole]),
            RadiusMetres = 0.5,
            ValidFrom = new DateTimeOffset(2016, 9, 1, 6, 30, 0, TimeSpan.FromHours(3)),
            ValidTo = new DateTimeOffset(2016, 12, 22, 0, 0, 0, TimeSpan.Zero),
            Precision = LocationPrecision.Exact,
            Contact = new ContactChannel("UN deconfliction cell"),
        };
    }

    /// <summary>A site the sources do not locate.</summary>
    public static ProtectedSite Unlocated(string id = "M10") => new()
    {
        Id = id,
        Category = SiteCategory.Hospital,
        Name = "'M10' hospital",
        RadiusMetres = 100,
        Precision = new LocationPrecision(PrecisionKind.Unknown, 0, "none (code name only)"),
        Contact = new ContactChannel("Truce monitor"),
    };

    public static CheckRecord Single(string principal, DateTimeOffset at, double lon = 37.15517, double lat = 36.19873, string? party = "syrian-government") =>
        new(principal, party, at, [Wgs84.Point(lon, lat)], 250, at.AddHours(1), at.AddHours(3), CheckOutcome.Answered, []);

    /// <summary>A batch of <paramref name="n"/> points on a grid, with conflicts at two of them.</summary>
    public static CheckRecord Batch(int n, DateTimeOffset at, string principal = "user:planner")
    {
        var points = new Geometry[n];
        for (var i = 0; i < n; i++)
        {
            points[i] = Wgs84.Point(37.0 + (i % 100) * 0.001 + 1e-9 * i, 36.1 + (i / 100) * 0.001);
        }

        return new CheckRecord(principal, "russia", at, points, 1_000, at, at.AddDays(1), CheckOutcome.Answered,
            [new CheckConflict(3, "conflict: hospital (MSF desk)", ["S1"]), new CheckConflict(n - 1, "conflict: school (UN cell)", ["S2", "S1"])]);
    }

    /// <summary>A point, a polygon and a point: the WKB layout.</summary>
    public static CheckRecord Mixed(DateTimeOffset at) => new(
        "user:planner", null, at,
        [Wgs84.Point(37.1, 36.2), School().Geometry!, Wgs84.Point(-0.0, 89.99999999)], 0, at, at, CheckOutcome.RefusedThrottled, []);

    private static LinearRing Ring(params (double X, double Y)[] points) =>
        Wgs84.Factory.CreateLinearRing([.. points.Select(p => new Coordinate(p.X, p.Y)), new Coordinate(points[0].X, points[0].Y)]);
}
