using System.Security.Cryptography;
using System.Text;
using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary><c>truce evidence add</c>, <c>truce sources</c> and <c>truce grade</c> on a database of real UCDP events.</summary>
public sealed class EvidenceCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;
    private readonly string _event;

    public EvidenceCommandTests()
    {
        _db = _folder.File("e.sqlite");
        var ged = _folder.WriteBytes("ged.csv", UcdpSample.Rows(0, 5));
        Assert.Equal(0, Truce.Run("import", "--db", _db, ged).Exit);
        _event = UcdpSample.Events(0, 5)[1].SourceId;
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_added_twice_is_stored_once_and_cited_by_a_source_for_the_event()
    {
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 situation report");
        var pdf = _folder.WriteBytes("sitrep.pdf", bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var (exit, stdout, stderr) = Truce.Run("evidence", "add", "--db", _db, pdf, "--event", $"ucdp:{_event}", "--publisher", "OCHA", "--date", "2016-02-01", "--author", "monitor-1");
        Assert.Equal((0, sha + "\n"), (exit, stdout));
        Assert.Contains("stored sitrep.pdf", stderr, StringComparison.Ordinal);
        Assert.Contains("application/pdf", stderr, StringComparison.Ordinal);

        var (again, out2, err2) = Truce.Run("evidence", "add", "--db", _db, pdf, "--author", "monitor-2");
        Assert.Equal((0, sha + "\n"), (again, out2));
        Assert.Contains("already stored", err2, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(_db + ".blobs", "sha256", sha[..2], sha)], Directory.GetFiles(_db + ".blobs", "*", SearchOption.AllDirectories));

        var (_, listing, _) = Truce.Run("sources", "--db", _db, $"ucdp-ged:{_event}");
        Assert.Contains($"OCHA  2016-02-01  file {sha}  (linked by monitor-1", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Grades_and_sources_are_listed_with_their_history()
    {
        var (exit, id, _) = Truce.Run("sources", "add", "--db", _db, "--event", $"ucdp:{_event}", "--url", "https://www.syriahr.com/en/1", "--publisher", "SOHR", "--quote", "Warplanes struck");
        Assert.Equal((0, "1\n"), (exit, id));
        Assert.Equal(0, Truce.Run("sources", "add", "--db", _db, "--event", $"ucdp:{_event}", "--publisher", "Witness W-17", "--quote", "two aircraft", "--confidential").Exit);
        Assert.Equal(0, Truce.Run("grade", "--db", _db, $"ucdp:{_event}", "weak", "--reason", "single source", "--author", "monitor-1").Exit);
        Assert.Equal(0, Truce.Run("grade", "--db", _db, $"ucdp:{_event}", "fair", "--reason", "a second source").Exit);

        var (_, listing, _) = Truce.Run("sources", "--db", _db, $"ucdp:{_event}");
        var lines = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"ucdp-ged:{_event}", lines[0]);
        Assert.StartsWith("  1.  SOHR  https://www.syriahr.com/en/1  \"Warplanes struck\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("Witness W-17", lines[3], StringComparison.Ordinal);
        Assert.Contains("[confidential", lines[3], StringComparison.Ordinal);
        Assert.Equal("grade: fair", lines[4]);
        Assert.EndsWith("weak  by monitor-1: single source", lines[5], StringComparison.Ordinal);
        Assert.EndsWith($"fair  by cli:{Environment.UserName}: a second source", lines[6], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grade", "likely")]
    [InlineData("event", "ucdp:999999999")]
    [InlineData("--url", "ftp://x")]
    public void Bad_values_exit_3_naming_the_field_and_write_nothing(string field, string value)
    {
        var args = field switch
        {
            "grade" => new[] { "grade", "--db", _db, $"ucdp:{_event}", value, "--reason", "r" },
            "event" => ["grade", "--db", _db, value, "fair", "--reason", "r"],
            _ => ["sources", "add", "--db", _db, "--event", $"ucdp:{_event}", "--url", value],
        };
        var (exit, stdout, stderr) = Truce.Run(args);
        Assert.Equal((3, ""), (exit, stdout));
        Assert.Contains($"{field}: ", stderr, StringComparison.Ordinal);
        Assert.Contains("sources: none", Truce.Run("sources", "--db", _db, $"ucdp:{_event}").Out, StringComparison.Ordinal);
        Assert.Contains("grade: none", Truce.Run("sources", "--db", _db, $"ucdp:{_event}").Out, StringComparison.Ordinal);
    }
}
