using System.Diagnostics;
using System.Globalization;
using System.Text;
using Truce.Formats.Ucdp;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary>An importer killed hard mid-file leaves nothing of that file; running it again completes it.</summary>
public sealed class KillTests : IDisposable
{
    private const int Rows = 400_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The real UCDP file repeated with fresh ids (raw records, multi-line ones included).</summary>
    private string BigUcdpFile()
    {
        var bytes = File.ReadAllBytes(RepoFiles.UcdpSyria);
        using var reader = new UcdpGedReader(new MemoryStream(bytes), "ged.csv");
        var records = reader.ReadEvents().Select(r => (r.Offset, r.Length, r.Event!.SourceId)).ToList();
        var path = _folder.File("big.csv");
        using var output = File.Create(path);
        output.Write(bytes, 0, (int)records[0].Offset);
        for (var i = 0; i < Rows; i++)
        {
            var (offset, length, id) = records[i % records.Count];
            var newId = (long.Parse(id, CultureInfo.InvariantCulture) + ((i / records.Count) * 10_000_000L)).ToString(CultureInfo.InvariantCulture);
            output.Write(Encoding.UTF8.GetBytes(newId));
            output.Write(bytes, (int)offset + id.Length, length - id.Length);
        }

        return path;
    }

    [Fact]
    public void A_killed_import_leaves_nothing_and_a_rerun_completes_it()
    {
        var csv = BigUcdpFile();
        var db = _folder.File("k.sqlite");
        using (var process = Process.Start(Truce.StartInfo("import", "--db", db, csv))!)
        {
            var watch = Stopwatch.StartNew();
            // Wait until the importer is writing (the file or its write-ahead log has grown past
            // 8 MB: a bulk import writes pages straight to the file under a rollback journal),
            // then kill it.
            static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
            while (!process.HasExited && Math.Max(Size(db), Size(db + "-wal")) < 8 << 20 && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(10);
            }

            Assert.False(process.HasExited, "the import finished before it could be killed; make the file bigger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.True(File.Exists(db + "-journal") || File.Exists(db + "-wal"), "the kill left no journal: it did not interrupt a write");
        }

        using (var store = SqliteEventStore.Open(db))
        {
            var summary = store.Summary();
            Assert.Equal((0L, 0L, 0L), (summary.Revisions, summary.CurrentEvents, summary.Imports));
        }

        var (exit, _, stderr) = Truce.Run("import", "--db", db, csv);
        Assert.True(exit == 0, stderr);
        using (var store = SqliteEventStore.Open(db))
        {
            var summary = store.Summary();
            Assert.Equal((Rows, Rows, 1L), (summary.CurrentEvents, summary.Revisions, summary.Imports));
        }
    }

    [Fact]
    public void A_killed_import_into_PostgreSQL_leaves_nothing_and_a_rerun_completes_it()
    {
        using var schema = PostgresSchema.Create();
        var csv = BigUcdpFile();
        using (var process = Process.Start(Truce.StartInfo("import", "--db", schema.ConnectionString, csv))!)
        {
            // Wait until the COPY of events has sent 50,000 rows (the server's own progress view), then kill.
            const string Progress = "SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy WHERE relid = to_regclass('events')";
            var watch = Stopwatch.StartNew();
            while (!process.HasExited && schema.Scalar(Progress) < 50_000 && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the import finished before it could be killed; make the file bigger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        // The server aborts the transaction when the connection drops: nothing of the file is left.
        var left = Stopwatch.StartNew();
        while (schema.Scalar("SELECT count(*) FROM pg_stat_progress_copy WHERE relid = to_regclass('events')") > 0 && left.Elapsed < TimeSpan.FromMinutes(1))
        {
            Thread.Sleep(20);
        }

        Assert.Equal((0L, 0L, 0L), (schema.Scalar("SELECT count(*) FROM events"), schema.Scalar("SELECT count(*) FROM imports"), schema.Scalar("SELECT count(*) FROM source_chunks")));
        var (exit, _, stderr) = Truce.Run("import", "--db", schema.ConnectionString, csv);
        Assert.True(exit == 0, stderr);
        Assert.Equal(((long)Rows, 1L), (schema.Scalar("SELECT count(*) FROM events WHERE superseded_at IS NULL"), schema.Scalar("SELECT count(*) FROM imports")));
        Assert.Equal(3L, schema.Scalar("SELECT count(*) FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema() AND indexname IN ('ux_events_revision', 'ix_events_date', 'ix_events_geom')"));
    }
}
