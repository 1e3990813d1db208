using System.Diagnostics;
using Truce.Domain.Deconfliction;
using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Storage.Sites;
using static Truce.Bench.SitesBench;

namespace Truce.Bench;

/// <summary>
/// Strikes on notified sites (issue 7) at scale: <c>site-strikes [EVENTS] [SITES]</c> flags EVENTS
/// exact-precision UCDP events (default 1,000,000: half uniform over Syria's bounding box, half within
/// about 2 km of a random site) against SITES point sites of 500 m (default 10,000, uniform over the
/// box, notified before every event) with <see cref="NotifiedSiteStrikes.Compute"/>, three times, and
/// reports the wall time of each run and the number of flags.
/// </summary>
internal static class StrikesBench
{
    public static int Run(int events, int sites)
    {
        var random = new Random(9);
        var notified = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var revisions = new List<StoredSite>(sites);
        for (var i = 0; i < sites; i++)
        {
            var site = new ProtectedSite
            {
                Id = $"site-{i:00000}",
                Category = SiteCategory.Hospital,
                Geometry = Wgs84.Point(MinLon + (random.NextDouble() * (MaxLon - MinLon)), MinLat + (random.NextDouble() * (MaxLat - MinLat))),
                RadiusMetres = 500,
                Contact = new ContactChannel("desk"),
            };
            revisions.Add(new StoredSite(site, 1, [], notified, notified, "bench", false, null));
        }

        var list = new List<EventRevision>(events);
        var day = new DateOnly(2016, 1, 1);
        for (var i = 0; i < events; i++)
        {
            double lat, lon;
            if (i % 2 == 0)
            {
                (lat, lon) = (MinLat + (random.NextDouble() * (MaxLat - MinLat)), MinLon + (random.NextDouble() * (MaxLon - MinLon)));
            }
            else
            {
                var p = (NetTopologySuite.Geometries.Point)revisions[random.Next(sites)].Site.Geometry!;
                (lat, lon) = (p.Y + ((random.NextDouble() - 0.5) * 0.036), p.X + ((random.NextDouble() - 0.5) * 0.044));
            }

            list.Add(new EventRevision(new ConflictEvent
            {
                Dataset = EventDataset.UcdpGed,
                SourceId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateStart = day.AddDays(i % 1_000),
                DateEnd = day.AddDays(i % 1_000),
                DatePrecision = 1,
                GeoPrecision = 1,
                ViolenceType = 1,
                Actor1 = "Government of Syria",
                Actor2 = "Syrian insurgents",
                Latitude = lat,
                Longitude = lon,
            }, 1, notified, null, AdminCodes.None));
        }

        Console.WriteLine($"site-strikes: {events:N0} events, {sites:N0} sites of 500 m");
        for (var round = 1; round <= 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var strikes = NotifiedSiteStrikes.Compute(revisions, [], [], list);
            Console.WriteLine($"run {round}: {watch.Elapsed.TotalSeconds:0.000} s, {strikes.Flags.Count:N0} flags");
        }

        return 0;
    }
}
