using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Formats.Control;
using Truce.Formats.GeoJson;
using Truce.Testing;

namespace Truce.Formats.Tests.Control;

public sealed class SourcedControlTableReaderTests
{
    private const string Header =
        "row_id,scope_level,neighbourhood_pcode,neighbourhood_name_ocha,neighbourhood_name_ar_ocha,name_in_source,controller,controller_detail,from_date,to_date,date_basis,event,extent_claim,mapping_note,confidence,source_flag,date_qualifiers,source_key,source_url,source_quote";

    private static readonly Dictionary<string, Geometry> Neighbourhoods = LoadNeighbourhoods();

    private static Dictionary<string, Geometry> LoadNeighbourhoods()
    {
        using var s = File.OpenRead(RepoFiles.Ocha("syr_neighborhoods.geojson"));
        return AdminGeoJsonReader.Read(s, "syr_neighborhoods.geojson").ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);
    }

    private static IReadOnlyList<ControlRecord> ReadReal()
    {
        using var reader = new SourcedControlTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "aleppo_control.csv")), "aleppo_control.csv", Neighbourhoods);
        return reader.Read();
    }

    private static IReadOnlyList<ControlRecord> ReadText(string text)
    {
        using var reader = new SourcedControlTableReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "t.csv", Neighbourhoods);
        return reader.Read();
    }

    private static string Row(string pcode = "N0187", string scope = "neighbourhood", string from = "2016-12-03", string to = "", string confidence = "medium") =>
        $"C900,{scope},{pcode},,,al-Jazmati,Government/allies,,{from},{to},stated,,,,{confidence},,,key,http://example.org,'quote'";

    [Fact]
    public void Every_row_of_the_Aleppo_table_becomes_a_record_and_none_is_dropped()
    {
        var records = ReadReal();
        Assert.Equal(125, records.Count); // data/aleppo-2016/README.md section 3: 125 rows
        Assert.Equal("aleppo_control.csv#C001", records[0].Id);
        Assert.Equal("aleppo_control.csv#C125", records[^1].Id);
        Assert.All(records, r => Assert.Equal(ControlShape.Area, r.Shape));
    }

    [Fact]
    public void A_neighbourhood_row_gets_its_OCHA_polygon_dates_confidence_and_source()
    {
        var c061 = ReadReal().Single(r => r.Id == "aleppo_control.csv#C061");
        Assert.Equal("Government/allies", c061.Controller);
        Assert.Equal("N0187", c061.AreaCode);
        Assert.Equal("al-Jazmati", c061.Name);
        Assert.Same(Neighbourhoods["N0187"], c061.Geometry);
        Assert.Equal(new DateOnly(2016, 12, 3), c061.From);
        Assert.Null(c061.To);
        Assert.Equal(Confidence.Medium, c061.Confidence);
        Assert.Equal("aleppo_control.csv", c061.Source.File);
        Assert.Equal("C061", c061.Source.Row);
        Assert.Equal("alaraby_dec3", c061.Source.Key);
        Assert.StartsWith("https://www.alaraby.co.uk/english/news/2016/12/3/", c061.Source.Url, StringComparison.Ordinal);
        Assert.StartsWith("'Regime forces captured Tariq al-Bab", c061.Source.Quote, StringComparison.Ordinal);
        Assert.Null(c061.Source.Flag);
    }

    [Fact]
    public void Month_and_year_dates_widen_to_the_whole_month_or_year()
    {
        var records = ReadReal().ToDictionary(r => r.Source.Row);
        Assert.Equal(new DateOnly(2012, 1, 1), records["C001"].From); // "2012"
        Assert.Equal(new DateOnly(2016, 12, 22), records["C001"].To);
        Assert.Equal(new DateOnly(2016, 8, 1), records["C015"].From); // "2016-08"
        Assert.Equal("2016-08", records["C015"].FromStated!.Text);
        Assert.Equal(new DateOnly(2016, 9, 24), records["C015"].To);
        Assert.Equal("stated ('In the beginning of last month ... rebels took control of the entire camp'); from_date: (early)", records["C015"].DateBasis);
        Assert.Equal(Confidence.Low, records["C122"].Confidence);
        Assert.Equal("mirror/copy", records["C122"].Source.Flag);
    }

    [Fact]
    public void Areas_that_no_layer_maps_are_kept_without_geometry()
    {
        var records = ReadReal().ToDictionary(r => r.Source.Row);
        Assert.Null(records["C001"].Geometry);
        Assert.Null(records["C001"].AreaCode);
        Assert.Equal("east of Aleppo (rebel-held sector)", records["C001"].Name);
        // C008 is an area row whose compiler matched it to a polygon: the code and polygon are kept.
        Assert.Equal("N0226", records["C008"].AreaCode);
        Assert.Same(Neighbourhoods["N0226"], records["C008"].Geometry);
    }

    [Fact]
    public void A_bad_date_is_reported_at_its_line_and_column()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row() + "\n" + Row(from: "2016-13-01").Replace("C900", "C901", StringComparison.Ordinal)));
        Assert.Equal("t.csv:3:9 (from_date): '2016-13-01' is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)", e.Message);
    }

    [Fact]
    public void A_P_code_missing_from_the_layer_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row(pcode: "N9999")));
        Assert.Equal("t.csv:2:3 (neighbourhood_pcode): P-code N9999 is not in the neighbourhood layer", e.Message);
    }

    [Fact]
    public void A_neighbourhood_row_without_a_P_code_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row(pcode: "")));
        Assert.Equal("t.csv:2:3 (neighbourhood_pcode): is empty but required for a neighbourhood row", e.Message);
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row(from: "2016-12", to: "2016-11-30")));
        Assert.Equal("t.csv:2:10 (to_date): ends (2016-11-30) before it starts (2016-12)", e.Message);
    }

    [Fact]
    public void An_end_inside_the_stated_start_month_is_accepted()
    {
        var record = Assert.Single(ReadText(Header + "\n" + Row(from: "2016-12", to: "2016-12-01")));
        Assert.Equal(new DateOnly(2016, 12, 1), record.From);
        Assert.Equal(new DateOnly(2016, 12, 1), record.To);
    }

    [Fact]
    public void Unknown_scope_levels_and_confidences_are_refused()
    {
        var scope = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row(scope: "city")));
        Assert.Equal("t.csv:2:2 (scope_level): 'city' is not a scope level (neighbourhood or area)", scope.Message);
        var confidence = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row(confidence: "certain")));
        Assert.Equal("t.csv:2:15 (confidence): 'certain' is not a confidence (high, medium or low)", confidence.Message);
    }

    [Fact]
    public void A_file_with_another_header_is_refused_at_line_one()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header.Replace("from_date", "start", StringComparison.Ordinal) + "\n" + Row()));
        Assert.Equal("t.csv:1: the header is not a sourced control table: missing column(s) from_date", e.Message);
    }

    [Fact]
    public void A_repeated_row_id_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row() + "\n" + Row()));
        Assert.Equal("t.csv:3:1 (row_id): row id C900 appears twice", e.Message);
    }
}
