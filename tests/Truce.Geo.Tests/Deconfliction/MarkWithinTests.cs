using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Geo.Indexing;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class MarkWithinTests
{
    [Theory]
    [InlineData(100)] // one by one, on this thread
    [InlineData(4_096)] // split over the cores
    public void Marking_from_the_sites_gives_each_point_the_answer_of_its_own_check(int parallelThreshold)
    {
        var random = new Random(11);
        var sites = new List<ProtectedSite>();
        for (var i = 0; i < 300; i++)
        {
            var (lat, lon) = (36 + (random.NextDouble() * 0.5), 37 + (random.NextDouble() * 0.5));
            sites.Add(i % 10 == 0
                ? Polygon($"p{i}", Box(lon, lat, lon + 0.003, lat + 0.002), 50 + (random.NextDouble() * 200))
                : Point($"s{i}", lat, lon, 100 + (random.NextDouble() * 900), from: i % 7 == 0 ? Day.AddDays(2) : null));
        }

        // A real buffer (shifted centres, grown reach), as a party's checks see it.
        var index = new ProtectedSiteIndex(sites, new ProtectionBuffer(Key, 200, 300, 20, 80), new SiteIndexOptions { ParallelBatchThreshold = parallelThreshold });
        var lats = new double[20_000];
        var lons = new double[20_000];
        for (var i = 0; i < lats.Length; i++)
        {
            // Half the points near a site (many within a few metres of its reach), half anywhere in the area.
            var near = sites[random.Next(sites.Count)].Geometry!.Centroid;
            (lats[i], lons[i]) = i % 2 == 0
                ? Offset(near.Y, near.X, random.NextDouble() * 1_400, random.NextDouble() * 360)
                : (35.9 + (random.NextDouble() * 0.7), 36.9 + (random.NextDouble() * 0.7));
        }

        var grid = new PointGrid(lats, lons, cellMetres: 300);
        var within = new bool[lats.Length];
        index.MarkWithin(grid, Day, Day.AddHours(1), within);
        var expected = Enumerable.Range(0, lats.Length).Select(i => !index.Check(lats[i], lons[i], 0, Day, Day.AddHours(1)).IsClear).ToArray();
        Assert.Equal(expected, within);
        Assert.InRange(within.Count(x => x), 4_000, 16_000);
    }

    [Fact]
    public void A_site_not_valid_in_the_window_marks_nothing_and_marks_already_set_are_kept()
    {
        var index = Index(Point("a", 36.2, 37.1, 500, from: Day.AddDays(1)), Point("b", 36.5, 37.5, 500));
        var grid = new PointGrid([36.2, 36.5, 36.9], [37.1, 37.5, 37.9]);
        var within = new bool[] { false, false, true };
        index.MarkWithin(grid, Day, Day.AddHours(1), within);
        Assert.Equal([false, true, true], within);
        index.MarkWithin(grid, Day.AddDays(1), Day.AddDays(2), within);
        Assert.Equal([true, true, true], within);
    }

    [Fact]
    public void A_short_answer_array_or_a_reversed_window_is_refused()
    {
        var index = Index(Point("a", 36.2, 37.1, 500));
        var grid = new PointGrid([36.2, 36.5], [37.1, 37.5]);
        Assert.Throws<ArgumentException>(() => index.MarkWithin(grid, Day, Day, new bool[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.MarkWithin(grid, Day, Day.AddDays(-1), new bool[2]));
    }
}
