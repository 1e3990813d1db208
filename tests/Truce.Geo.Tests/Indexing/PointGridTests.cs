using Truce.Geo.Indexing;

namespace Truce.Geo.Tests.Indexing;

public sealed class PointGridTests
{
    [Fact]
    public void Every_point_in_a_box_is_in_the_runs_of_the_rows_the_box_spans_and_keeps_its_position()
    {
        var random = new Random(7);
        var lat = Enumerable.Range(0, 5_000).Select(_ => 35 + (random.NextDouble() * 2)).ToArray();
        var lon = Enumerable.Range(0, 5_000).Select(_ => 36 + (random.NextDouble() * 3)).ToArray();
        lat[0] = 35;
        lon[0] = 36; // the extent's corners: the first and last cells
        lat[1] = 37;
        lon[1] = 39;
        var grid = new PointGrid(lat, lon, cellMetres: 2_000);
        Assert.Equal(5_000, grid.Count);
        Assert.Equal(Enumerable.Range(0, 5_000), grid.Source.ToArray().Order());

        for (var q = 0; q < 200; q++)
        {
            var (south, west) = (34.9 + (random.NextDouble() * 2.2), 35.9 + (random.NextDouble() * 3.2));
            var (north, east) = (south + (random.NextDouble() * 0.3), west + (random.NextDouble() * 0.3));
            var found = new HashSet<int>();
            var (first, last) = grid.RowsOf(south, north);
            for (var row = first; row <= last; row++)
            {
                var (start, end) = grid.InRow(row, west, east);
                for (var k = start; k < end; k++)
                {
                    Assert.Equal(lat[grid.Source[k]], grid.Latitudes[k]);
                    Assert.Equal(lon[grid.Source[k]], grid.Longitudes[k]);
                    found.Add(grid.Source[k]);
                }
            }

            var inside = Enumerable.Range(0, lat.Length).Where(i => lat[i] >= south && lat[i] <= north && lon[i] >= west && lon[i] <= east);
            Assert.Subset(found, inside.ToHashSet());
        }
    }

    [Fact]
    public void Cells_grow_until_the_extent_fits_the_cell_budget()
    {
        var grid = new PointGrid([-60, 70], [-170, 175], cellMetres: 10, maxCells: 1_000);
        Assert.InRange(grid.CellCount, 1, 1_000);
        var (first, last) = grid.RowsOf(-90, 90);
        var all = Enumerable.Range(first, last - first + 1).Sum(row => grid.InRow(row, -180, 180) is var (s, e) ? e - s : 0);
        Assert.Equal(2, all);
    }

    [Fact]
    public void A_band_outside_the_points_extent_holds_no_row_and_no_run()
    {
        var grid = new PointGrid([36.2, 36.3], [37.1, 37.2]);
        var (first, last) = grid.RowsOf(40, 41);
        Assert.True(first > last);
        Assert.Equal((0, 0), grid.InRow(0, 10, 11));
        Assert.Equal(0, new PointGrid([], []).Count);
    }

    [Theory]
    [InlineData(double.NaN, 37)]
    [InlineData(91, 37)]
    [InlineData(36, -181)]
    public void A_point_that_is_not_a_coordinate_is_refused_by_its_position(double badLat, double badLon)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PointGrid([36, badLat], [37, badLon]));
        Assert.Contains("Point 1:", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PointGrid([36, 37], [37]));
    }
}
