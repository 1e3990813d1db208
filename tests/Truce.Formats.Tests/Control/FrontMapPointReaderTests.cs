using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Errors;
using Truce.Formats.Control;
using Truce.Testing;

namespace Truce.Formats.Tests.Control;

public sealed class FrontMapPointReaderTests
{
    private const string Header =
        "id,label,lat,lon,mark,faction,kind,parties,marksize,label_size,position,link,wiki_target,extra_positional,comment,other_fields,in_syria_bbox,duplicate_of,source_char_offset";

    private static ControlReadResult ReadReal()
    {
        using var reader = new FrontMapPointReader(File.OpenRead(RepoFiles.Data("control-2017", "control_points.csv")), "control_points.csv", FrontMapPointReader.Syria2017);
        return reader.Read();
    }

    private static ControlReadResult ReadText(string text)
    {
        using var reader = new FrontMapPointReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "p.csv", FrontMapPointReader.Syria2017);
        return reader.Read();
    }

    [Fact]
    public void Every_point_is_either_a_record_or_a_reported_skip()
    {
        var result = ReadReal();
        Assert.Equal(6179, result.Records.Count + result.Skipped.Count); // README: 6,179 map points
        // README counts per faction, less the five flagged rows (all SDF: one outlier, four duplicates).
        var expected = new Dictionary<string, int>
        {
            ["government"] = 2568,
            ["sdf"] = 2050 - 5,
            ["opposition"] = 873,
            ["isil"] = 355,
            ["hts"] = 179,
            ["contested"] = 112,
            ["turkey_backed"] = 5,
        };
        Assert.Equal(expected, result.Records.GroupBy(r => r.Controller).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(37 + 5, result.Skipped.Count);
    }

    [Fact]
    public void The_outlier_and_the_duplicates_are_reported_at_their_lines()
    {
        var skipped = ReadReal().Skipped.Select(w => w.ToString()).ToList();
        Assert.Contains("control_points.csv:1377: point 1376 left out: flagged outside Syria's bounding box (lat 36.7400, lon 366514.)", skipped);
        Assert.Contains("control_points.csv:1472: point 1471 left out: duplicate of point 1467", skipped);
        Assert.Contains("control_points.csv:2: point 1 left out: not a control mark (inset_map, Rif_Aleppo2.svg)", skipped);
    }

    [Fact]
    public void A_point_is_a_place_held_by_its_faction_over_the_maps_period()
    {
        var airport = ReadReal().Records.Single(r => r.Id == "control_points.csv#4");
        Assert.Equal("government", airport.Controller);
        Assert.Equal(ControlShape.Place, airport.Shape);
        Assert.Equal("Aleppo International Airport & Nayrab Airbase", airport.Name);
        var point = Assert.IsType<Point>(airport.Geometry);
        Assert.Equal((37.229, 36.174), (point.X, point.Y));
        Assert.Equal(new DateOnly(2017, 6, 1), airport.From);
        Assert.Equal(new DateOnly(2017, 8, 31), airport.To);
        Assert.StartsWith("about June–August 2017", airport.DateBasis, StringComparison.Ordinal);
        Assert.Equal("m.gov_air", airport.Source.Quote);
    }

    [Fact]
    public void A_contested_point_names_both_parties()
    {
        var point = ReadReal().Records.Single(r => r.Id == "control_points.csv#15");
        Assert.Equal("contested", point.Controller);
        Assert.Equal("opposition;hts", point.ControllerDetail);
    }

    [Fact]
    public void An_unknown_faction_is_refused_where_it_stands()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n7,X,36.1,37.1,m.gov,rebels,town,,5,0,,,,,,,True,,1\n"));
        Assert.Equal("p.csv:2:6 (faction): 'rebels' is not a known faction", e.Message);
    }

    [Fact]
    public void A_coordinate_out_of_range_in_an_unflagged_row_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n7,X,36.1,366514.,m.gov,government,town,,5,0,,,,,,,True,,1\n"));
        Assert.Equal("p.csv:2:4 (lon): 366514. is out of range (-180–180 degrees)", e.Message);
    }

    [Fact]
    public void A_file_with_another_header_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText("id,label,lat,lon\n1,X,36,37\n"));
        Assert.Equal("p.csv:1: the header is not a front-map point list: missing column(s) mark, faction, parties, in_syria_bbox, duplicate_of", e.Message);
    }
}
