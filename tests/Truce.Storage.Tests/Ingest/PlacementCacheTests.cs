using Truce.Domain.Events;
using Truce.Storage.Import;

namespace Truce.Storage.Tests.Ingest;

public sealed class PlacementCacheTests
{
    [Fact]
    public void A_remembered_point_answers_with_its_own_codes_and_only_at_its_own_level()
    {
        var cache = new PlacementCache();
        var codes = new AdminCodes("SY02", "SY0200", "SY020000");
        cache.Set(37.16, 36.2, AdminLevel.Admin3, codes);

        Assert.True(cache.TryGet(37.16, 36.2, AdminLevel.Admin3, out var found));
        Assert.Equal(codes, found);
        Assert.False(cache.TryGet(37.16, 36.2, AdminLevel.Admin2, out _));
        Assert.False(cache.TryGet(36.2, 37.16, AdminLevel.Admin3, out _));
        Assert.False(cache.TryGet(37.16, Math.BitIncrement(36.2), AdminLevel.Admin3, out _));
    }

    [Fact]
    public void Many_more_points_than_slots_never_get_another_points_codes()
    {
        var cache = new PlacementCache();
        var random = new Random(7);
        var points = Enumerable.Range(0, PlacementCache.Slots * 8)
            .Select(i => (Lon: 35.5 + random.NextDouble() * 7, Lat: 32.3 + random.NextDouble() * 5, Level: (AdminLevel)(1 + (i % 3)), Code: $"P{i}"))
            .ToArray();
        foreach (var p in points)
        {
            cache.Set(p.Lon, p.Lat, p.Level, new AdminCodes(p.Code, null, null));
        }

        var hits = 0;
        foreach (var p in points)
        {
            if (cache.TryGet(p.Lon, p.Lat, p.Level, out var codes))
            {
                Assert.Equal(p.Code, codes.Admin1);
                hits++;
            }
        }

        // Each set keeps the last two points written to it: about as many hits as slots, never a wrong answer.
        Assert.InRange(hits, PlacementCache.Slots / 2, PlacementCache.Slots);
    }

    [Fact]
    public void Points_that_repeat_are_answered_from_the_table_once_seen()
    {
        var cache = new PlacementCache();
        var places = Enumerable.Range(0, 2_000).Select(i => (Lon: 36 + i * 0.001, Lat: 34 + i * 0.0007)).ToArray();
        var random = new Random(3);
        int hits = 0, misses = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var (lon, lat) = places[random.Next(places.Length)];
            if (cache.TryGet(lon, lat, AdminLevel.Admin3, out _))
            {
                hits++;
            }
            else
            {
                misses++;
                cache.Set(lon, lat, AdminLevel.Admin3, new AdminCodes("A", "B", "C"));
            }
        }

        // 2,000 distinct points in 4,096 sets of two: the misses are the first sightings (2,000) and
        // the points of the sets three or more share (~9 % of the points, missed about every other time).
        Assert.InRange(misses, 2_000, 3_000);
        Assert.Equal(20_000, hits + misses);
    }
}
