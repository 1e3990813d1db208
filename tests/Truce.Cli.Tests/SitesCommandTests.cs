using System.Text.Json;
using Truce.Domain.Spatial;
using Truce.Storage.Sites;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary><c>truce sites ...</c> and <c>truce parties ...</c> on real SQLite files.</summary>
public sealed class SitesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public SitesCommandTests() => _db = _folder.File("s.sqlite");

    public void Dispose() => _folder.Dispose();

    private static string Table => RepoFiles.Data("aleppo-2016", "protected_sites.csv");

    [Fact]
    public void Importing_the_real_table_stores_every_site_and_report_and_a_second_import_needs_a_reason()
    {
        var (exit, _, err) = Truce.Run("sites", "import", "--db", _db, Table, "--notify", "russia,syrian-government", "--notified-at", "2016-02-27", "--owner", "OCHA");
        Assert.Equal(0, exit);
        Assert.Contains("32 sites (0 already known, now revised; 7 without coordinates)", err, StringComparison.Ordinal);
        Assert.Contains("42 of 42 attack reports new", err, StringComparison.Ordinal);

        var rows = Csv(Truce.Run("sites", "list", "--db", _db, "--format", "csv").Out);
        Assert.Equal(32, rows.Count);
        var quds = rows.Single(r => r["id"] == "protected_sites.csv#P01");
        Assert.Equal(("37.14242", "36.17505", "OCHA", "russia syrian-government", "2016-02-27T00:00:00.000Z"), (quds["lon"], quds["lat"], quds["owner"], quds["notified_to"], quds["notified_at"]));
        Assert.Equal("1500", quds["uncertainty_m"]); // no neighbourhood layer given: the default
        Assert.Equal(7, rows.Count(r => r["lon"].Length == 0));

        var again = Truce.Run("sites", "import", "--db", _db, Table);
        Assert.Equal(3, again.Exit);
        Assert.Contains("--reason", again.Err, StringComparison.Ordinal);
        Assert.Equal(0, Truce.Run("sites", "import", "--db", _db, Table, "--reason", "re-read with the neighbourhood layer", "--neighbourhoods", RepoFiles.Ocha("syr_neighborhoods.geojson")).Exit);
        var history = Truce.Run("sites", "history", "--db", _db, "protected_sites.csv#P01").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, history.Length);
        Assert.Contains("±919 m", history[1], StringComparison.Ordinal);
        Assert.Equal(43, Truce.Run("sites", "attacks", "--db", _db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header and 42, stored once
        Assert.Equal(0, Truce.Run("audit", "verify", "--db", _db).Exit);
    }

    [Fact]
    public void A_check_from_the_command_line_answers_as_the_party_would_see_it_and_is_logged()
    {
        Assert.Equal(0, Truce.Run("sites", "import", "--db", _db, Table, "--notify", "russia", "--notified-at", "2016-02-27").Exit);
        string[] at = ["--lat", "36.17505", "--lon", "37.14242", "--radius", "100", "--from", "2016-09-19T00:00:00Z", "--to", "2016-09-19T23:00:00Z"];

        var russia = Truce.Run(["sites", "check", "--db", _db, .. at, "--party", "russia"]);
        var other = Truce.Run(["sites", "check", "--db", _db, .. at, "--party", "syrian-government"]);
        Assert.Equal(0, russia.Exit);
        Assert.StartsWith("conflict: hospital (", russia.Out, StringComparison.Ordinal);
        Assert.Equal("clear", other.Out.Trim()); // notified to russia only
        var log = Truce.Run("sites", "checks", "--db", _db, "--format", "csv").Out;
        Assert.Equal(3, log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header and two checks
        Assert.Contains("protected_sites.csv#P01", log, StringComparison.Ordinal);
        Assert.Equal(0, Truce.Run("audit", "verify", "--db", _db).Exit);
    }

    [Fact]
    public void Strikes_on_notified_sites_are_listed_for_the_events_of_the_period()
    {
        Assert.Equal(0, Truce.Run("import", "--db", _db, RepoFiles.UcdpSyria).Exit);
        Assert.Equal(0, Truce.Run("sites", "import", "--db", _db, Table, "--notify", "all", "--notified-at", "2016-02-27").Exit);
        Assert.Equal(0, Truce.Run("parties", "link", "--db", _db, "syrian-government", "Government of Syria").Exit);

        var (exit, output, err) = Truce.Run("sites", "strikes", "--db", _db, "--from", "2016-01-01", "--to", "2016-12-31");
        Assert.Equal(0, exit);
        var rows = Csv(output);
        Assert.Contains("flags on 288 events", err, StringComparison.Ordinal); // as AleppoStrikesTests counts them, checked there against PostGIS
        Assert.Equal(103, rows.Where(r => r["certainty"] == "within").Select(r => r["event"] + r["site"]).Distinct().Count());
        Assert.Contains(rows, r => r["party"] == "syrian-government" && r["party_notified"] == "notified-before");
        Assert.Equal(3, Truce.Run("sites", "strikes", "--db", _db, "--from", "2016-13-01").Exit);

        // truce explain shows the flag with the event (the monitor's view).
        var within = rows.First(r => r["certainty"] == "within" && r["party"] == "syrian-government");
        var explained = Truce.Run("explain", "--db", _db, within["event"]);
        Assert.Equal(0, explained.Exit);
        Assert.Contains("Protected sites", explained.Out, StringComparison.Ordinal);
        Assert.Contains($"protected-site {within["site"]}", explained.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_stops_the_import_and_stores_nothing()
    {
        var lines = File.ReadAllLines(Table);
        lines[5] = lines[5].Replace(",36.", ",96.", StringComparison.Ordinal);
        var bad = _folder.Write("bad.csv", string.Join('\n', lines) + "\n");

        var (exit, _, err) = Truce.Run("sites", "import", "--db", _db, bad);
        Assert.Equal(2, exit);
        Assert.Contains("bad.csv", err, StringComparison.Ordinal);
        Assert.Empty(Csv(Truce.Run("sites", "list", "--db", _db, "--format", "csv").Out));
        Assert.Single(Truce.Run("sites", "attacks", "--db", _db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_site_added_changed_and_withdrawn_keeps_its_history_and_bad_values_name_their_option()
    {
        Assert.Equal(0, Truce.Run("sites", "add", "--db", _db, "--id", "H1", "--category", "hospital", "--lat", "36.2", "--lon", "37.1", "--radius", "150", "--name", "Field hospital", "--notify", "russia", "--from", "2016-03-01").Exit);
        var noReason = Truce.Run("sites", "add", "--db", _db, "--id", "H1", "--category", "hospital", "--lat", "36.21", "--lon", "37.1", "--radius", "150");
        Assert.Equal(3, noReason.Exit);
        Assert.Contains("--reason", noReason.Err, StringComparison.Ordinal);
        Assert.Equal(0, Truce.Run("sites", "add", "--db", _db, "--id", "H1", "--category", "school", "--polygon", "POLYGON((37.1 36.2, 37.11 36.2, 37.11 36.21, 37.1 36.2))", "--radius", "50", "--reason", "now a school", "--precision-metres", "30").Exit);
        Assert.Equal(0, Truce.Run("sites", "withdraw", "--db", _db, "H1", "--reason", "closed").Exit);
        Assert.Equal(3, Truce.Run("sites", "withdraw", "--db", _db, "H1", "--reason", "closed").Exit);
        Assert.Equal(4, Truce.Run("sites", "withdraw", "--db", _db, "H9", "--reason", "closed").Exit);

        var history = Truce.Run("sites", "history", "--db", _db, "H1").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, history.Length);
        Assert.Contains("36.2,37.1  r=150 m ±0 m  to russia", history[0], StringComparison.Ordinal);
        Assert.Contains("[withdrawn] school", history[2], StringComparison.Ordinal);

        using var geojson = JsonDocument.Parse(Truce.Run("sites", "list", "--db", _db, "--format", "geojson").Out);
        var feature = geojson.RootElement.GetProperty("features")[0];
        Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(37.11, feature.GetProperty("geometry").GetProperty("coordinates")[0][1][0].GetDouble());
        Assert.True(feature.GetProperty("properties").GetProperty("withdrawn").GetBoolean());
        Assert.Equal(30, feature.GetProperty("properties").GetProperty("uncertainty_m").GetDouble());

        foreach (var (args, option) in new[]
        {
            (new[] { "--category", "clinic", "--lat", "1", "--lon", "1", "--radius", "1" }, "--category"),
            (new[] { "--category", "school", "--lat", "91", "--lon", "1", "--radius", "1" }, "--lat/--lon/--polygon"),
            (new[] { "--category", "school", "--lon", "1", "--radius", "1" }, "--lat/--lon"),
            (new[] { "--category", "school", "--lat", "1", "--lon", "1", "--radius", "-1" }, "--radius"),
            (new[] { "--category", "school", "--lat", "1", "--lon", "1", "--radius", "1", "--from", "soon" }, "--from"),
            (new[] { "--category", "school", "--lat", "1", "--lon", "1", "--radius", "1", "--from", "2016-05-01", "--to", "2016-04-01" }, "--to"),
            (new[] { "--category", "school", "--polygon", "LINESTRING(1 1, 2 2)", "--radius", "1" }, "--polygon"),
        })
        {
            var (exit, _, err) = Truce.Run(["sites", "add", "--db", _db, "--id", "X", .. args]);
            Assert.Equal(3, exit);
            Assert.StartsWith($"error: {option}:", err.Trim(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Checks_alerts_budgets_and_party_links_are_listed_for_the_monitor()
    {
        Assert.Equal(4, Truce.Run("sites", "budget", "--db", _db, "*", "500").Exit); // no such database
        SqliteEventStore.Open(_db).Dispose();
        Assert.Equal(0, Truce.Run("sites", "budget", "--db", _db, "*", "500").Exit);
        Assert.Equal(0, Truce.Run("sites", "budget", "--db", _db, "user:a", "100").Exit);
        Assert.Equal(0, Truce.Run("sites", "budget", "--db", _db, "user:a", "40").Exit);
        Assert.Equal(3, Truce.Run("sites", "budget", "--db", _db, "alice", "40").Exit);
        var budgets = Truce.Run("sites", "budgets", "--db", _db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, budgets.Length);
        Assert.Equal("principal,per_day,set_at,author", budgets[0]);
        Assert.StartsWith("*,500,", budgets[1], StringComparison.Ordinal);
        Assert.StartsWith("user:a,40,", budgets[2], StringComparison.Ordinal);

        var at = new DateTimeOffset(2016, 9, 23, 22, 0, 0, TimeSpan.Zero);
        using (var store = SqliteEventStore.Open(_db))
        {
            store.RecordChecks(
            [
                new CheckRecord("user:a", "russia", at, [Wgs84.Point(37.15, 36.2)], 200, at, at.AddHours(2), CheckOutcome.Answered, [new CheckConflict(0, "conflict: hospital (MSF desk)", ["H1"])]),
                new CheckRecord("user:b", "syrian-government", at.AddMinutes(1), [Wgs84.Point(37.2, 36.2), Wgs84.Point(37.3, 36.2)], 500, at, at, CheckOutcome.RefusedBudget, []),
            ], "server");
            store.RecordAlert(new ProbeAlert(0, "user:a", "russia", at, "grid-scan", "400 points on a 50 m grid", ["H1"], 400, at.AddHours(6)), "server");
        }

        var checks = Csv(Truce.Run("sites", "checks", "--db", _db, "--format", "csv").Out);
        Assert.Equal(2, checks.Count);
        Assert.Equal(("user:a", "answered", "POINT (37.15 36.2)", "#0 conflict: hospital (MSF desk) [H1]"), (checks[0]["principal"], checks[0]["outcome"], checks[0]["target_wkt"], checks[0]["conflicts"]));
        Assert.Equal(("2", "refused-budget", ""), (checks[1]["targets"], checks[1]["outcome"], checks[1]["target_wkt"]));
        Assert.Equal(["user:b"], Csv(Truce.Run("sites", "checks", "--db", _db, "--format", "csv", "--party", "syrian-government").Out).Select(c => c["principal"]));
        Assert.Empty(Csv(Truce.Run("sites", "checks", "--db", _db, "--format", "csv", "--since", "2016-09-24").Out));
        Assert.Contains("grid-scan  400 checks  sites: H1  throttled until 2016-09-24T04:00:00.000Z", Truce.Run("sites", "alerts", "--db", _db).Out, StringComparison.Ordinal);

        Assert.Equal(0, Truce.Run("parties", "link", "--db", _db, "syrian-government", "Government of Syria").Exit);
        Assert.Contains("already linked", Truce.Run("parties", "link", "--db", _db, "syrian-government", "Government of Syria").Err, StringComparison.Ordinal);
        Assert.Equal(3, Truce.Run("parties", "link", "--db", _db, "Syria", "Government of Syria").Exit);
        Assert.Equal("party,actor\nsyrian-government,Government of Syria\n", Truce.Run("parties", "links", "--db", _db).Out);
        Assert.Equal(0, Truce.Run("audit", "verify", "--db", _db).Exit);
    }

    private static List<Dictionary<string, string>> Csv(string text) => CsvText.Rows(text);
}
