using System.Text.Json;
using Truce.Testing;

namespace Truce.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Stats_prints_exactly_the_documented_header_and_ISO_periods()
    {
        var db = _folder.File("s.sqlite");
        var acled = _folder.Write("acled.csv", AcledFixture.File);
        Assert.Equal(0, Truce.Run("import", "--db", db, acled).Exit);
        var (exit, stdout, _) = Truce.Run("stats", "--db", db, "--by", "week", "--group", "actor1", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Equal(
            "period,group,events,best,low,high\n2016-W22,Military Forces of Testland (2000-),1,5,5,5\n2016-W22,Rebel Group A,1,3,3,3\n2016-W27,Rebel Group A,1,0,0,0\n",
            stdout);
    }

    [Fact]
    public void Bad_data_exits_2_naming_file_line_column_and_field()
    {
        var db = _folder.File("b.sqlite");
        var bad = _folder.Write("bad.csv", AcledFixture.File.Replace("36.2021", "abc", StringComparison.Ordinal));
        var (exit, stdout, stderr) = Truce.Run("import", "--db", db, bad);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"{bad}:2:23 (latitude): 'abc' is not a number", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_bad_rows_writes_a_rejects_file_with_reasons()
    {
        var db = _folder.File("r.sqlite");
        var bad = _folder.Write("mixed.csv", AcledFixture.File.Replace("36.2021", "abc", StringComparison.Ordinal));
        var (exit, _, stderr) = Truce.Run("import", "--db", db, bad, "--skip-bad-rows");
        Assert.Equal(0, exit);
        Assert.Contains("2 added", stderr, StringComparison.Ordinal);
        var rejects = File.ReadAllLines(bad + ".rejects.csv");
        Assert.Equal("file,line,column,field,reason", rejects[0]);
        Assert.Equal($"\"{bad}\",2,23,\"latitude\",\"'abc' is not a number\"", rejects[1]);
    }

    [Theory]
    [InlineData("stats", "--by", "fortnight")]
    [InlineData("stats", "--group", "country")]
    [InlineData("events", "--bbox", "37,36,36,37")]
    [InlineData("events", "--from", "2016-13-01")]
    [InlineData("events", "--format", "xml")]
    public void A_bad_option_value_exits_3_with_a_message(string verb, string option, string value)
    {
        var (exit, _, stderr) = Truce.Run(verb, "--db", _folder.File("o.sqlite"), option, value);
        Assert.Equal(3, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("stats")]
    public void Reading_a_database_that_does_not_exist_is_an_error_not_a_new_file(string verb)
    {
        var db = _folder.File("missing.sqlite");
        var (exit, _, stderr) = Truce.Run(verb, "--db", db);
        Assert.Equal(4, exit);
        Assert.Contains("no such database", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Events_export_as_GeoJSON_and_CSV_on_stdout()
    {
        var db = _folder.File("e.sqlite");
        Truce.Run("import", "--db", db, _folder.Write("acled.csv", AcledFixture.File));
        var geojson = Truce.Run("events", "--db", db, "--format", "geojson", "--from", "2016-06-01", "--to", "2016-06-30");
        using var doc = JsonDocument.Parse(geojson.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("features").GetArrayLength());
        var csv = Truce.Run("events", "--db", db, "--format", "csv", "--actor", "rebel group a", "--type", "battles");
        var records = csv.Out.Split('\n').Where(l => l.StartsWith("TST", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("TST2,2016-06-03,", Assert.Single(records), StringComparison.Ordinal);
        Assert.Contains("\"A note\nover two lines, with \"\"quotes\"\".\"", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_builds_a_database_from_the_bundled_data()
    {
        var db = _folder.File("demo.sqlite");
        var (exit, stdout, stderr) = Truce.Run("demo", "--db", db, "--no-serve");
        Assert.Equal(0, exit);
        Assert.Contains("16,566 events (2016-01-01 to 2019-12-01), 112,337 deaths (best estimate)", stdout, StringComparison.Ordinal);
        Assert.Contains("272 boundaries read", stderr, StringComparison.Ordinal);

        // The bundled protected sites, notified to every party on the assumed date, said to be an assumption.
        Assert.Contains("Scenario assumption, not a fact", stdout, StringComparison.Ordinal);
        var sites = Truce.Run("sites", "list", "--db", db, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(32, sites.Length);
        Assert.All(sites, s => Assert.Contains(",all,2016-02-27T00:00:00.000Z,", s, StringComparison.Ordinal));
        Assert.Equal(42, Truce.Run("sites", "attacks", "--db", db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Contains("government-of-syria,Government of Syria\n", Truce.Run("parties", "links", "--db", db).Out, StringComparison.Ordinal);
        Assert.Equal(0, Truce.Run("audit", "verify", "--db", db).Exit);
    }
}
