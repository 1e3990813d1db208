using Truce.Domain.Control;
using Truce.Geo.Control;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Tests.Control;

public sealed class ControlTimelinePlaceTests
{
    private static readonly DateOnly Summer2017 = new(2017, 7, 15);

    /// <summary>The exact answer without an index: every place record at the smallest distance, if within the radius.</summary>
    private static (string[] Ids, double Metres) BruteForce(IReadOnlyList<ControlRecord> places, double lat, double lon, double radius)
    {
        var distances = places.Select(r => (r, d: GreatCircle.Metres(lat, lon, r.Geometry!.Coordinate.Y, r.Geometry.Coordinate.X))).ToList();
        var min = distances.Min(x => x.d);
        return min > radius ? ([], double.NaN) : ([.. distances.Where(x => x.d == min).Select(x => x.r.Id).Order(StringComparer.Ordinal)], min);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(1_500)]
    public void The_nearest_place_is_the_one_an_exhaustive_search_finds(double radius)
    {
        var places = RealLayers.Places2017;
        var timeline = new ControlTimeline(places, new ControlTimelineOptions { PlaceRadiusMetres = radius });
        var random = new Random(2017);
        var (found, unknown) = (0, 0);
        for (var i = 0; i < 3000; i++)
        {
            // Half anywhere in Syria's box, half within ~3 km of a real point (where neighbours crowd).
            var anchor = places[random.Next(places.Count)].Geometry!.Coordinate;
            var (lat, lon) = i % 2 == 0
                ? (32.3 + (random.NextDouble() * 5.1), 35.7 + (random.NextDouble() * 6.7))
                : (anchor.Y + ((random.NextDouble() - 0.5) * 0.06), anchor.X + ((random.NextDouble() - 0.5) * 0.06));
            var (ids, metres) = BruteForce(places, lat, lon, radius);
            var answer = timeline.At(lat, lon, Summer2017);
            Assert.Equal(ids, answer.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
            if (ids.Length == 0)
            {
                Assert.Equal(ControlBasis.Unknown, answer.Basis);
                unknown++;
                continue;
            }

            Assert.Equal(ControlBasis.NearestPlace, answer.Basis);
            Assert.Equal(metres, answer.DistanceMetres, 1e-6);
            Assert.True(answer.DistanceMetres <= radius);
            found++;
        }

        Assert.True(found > 500 && unknown > 300, $"found {found}, unknown {unknown}: both outcomes must be exercised");
    }

    [Fact]
    public void Outside_the_maps_period_no_place_answers()
    {
        var timeline = new ControlTimeline(RealLayers.Places2017);
        var airport = (Lat: 36.174, Lon: 37.229); // Aleppo International Airport, government (point 4)
        Assert.Equal(["government"], timeline.At(airport.Lat, airport.Lon, new DateOnly(2017, 6, 1)).Controllers);
        Assert.Equal(["government"], timeline.At(airport.Lat, airport.Lon, new DateOnly(2017, 8, 31)).Controllers);
        Assert.Equal(ControlBasis.Unknown, timeline.At(airport.Lat, airport.Lon, new DateOnly(2017, 5, 31)).Basis);
        Assert.Equal(ControlBasis.Unknown, timeline.At(airport.Lat, airport.Lon, new DateOnly(2017, 9, 1)).Basis);
    }
}
