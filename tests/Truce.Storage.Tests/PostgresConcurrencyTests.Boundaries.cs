using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Geo.Admin;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Queries;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

public sealed partial class PostgresConcurrencyTests
{
    private static readonly string[] Layers = ["syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson"];

    /// <summary>The admin 1, 2 and 3 layers, read into one list (to import in one call).</summary>
    private static List<AdminBoundary> AdminLayers()
    {
        var all = new List<AdminBoundary>();
        foreach (var layer in Layers)
        {
            using var s = File.OpenRead(RepoFiles.Ocha(layer));
            all.AddRange(AdminGeoJsonReader.Read(s, layer));
        }

        return all;
    }

    private static Dictionary<string, AdminCodes> PCodes(ITruceStore store) =>
        store.Events(new EventQuery { StorageOrder = true }).ToDictionary(e => e.Event.SourceId, e => e.Admin, StringComparer.Ordinal);

    [Fact]
    public void Events_imported_while_boundaries_are_imported_end_with_the_P_codes_of_the_last_boundaries()
    {
        var records = UcdpRecords.Bundled;
        var slice = records.Count / (Writers - 1);
        var files = Enumerable.Range(0, Writers - 1).Select(w => records.File(Enumerable.Range(w * slice, slice))).ToArray();
        var writers = Enumerable.Range(0, Writers - 1).Select(w => (Func<CancellationToken, int>)(token =>
        {
            using var store = _engine.Open();
            return (int)store.ImportEvents(new MemoryStream(files[w]), new ImportSource($"writer{w}.csv", EventFileFormat.Ucdp), new ImportOptions(), token).Added;
        }));
        var boundaries = AdminLayers();
        var boundaryWriter = (Func<CancellationToken, int>)(token =>
        {
            using var store = _engine.Open();
            return store.ImportBoundaries(boundaries, new ImportSource("admin.geojson", EventFileFormat.AdminGeoJson), null, token).Added;
        });

        var (added, _) = BoundedRun.Run([boundaryWriter, .. writers], [], Limit);

        // The same files one after the other, boundaries first, into a database of their own.
        using var sequential = new PostgresEngine();
        using var reference = sequential.Open();
        reference.ImportBoundaries(AdminLayers(), new ImportSource("admin.geojson", EventFileFormat.AdminGeoJson), null, TestContext.Current.CancellationToken);
        foreach (var file in files)
        {
            reference.ImportEvents(new MemoryStream(file), new ImportSource("file.csv", EventFileFormat.Ucdp), new ImportOptions(), TestContext.Current.CancellationToken);
        }

        var expected = PCodes(reference);
        Assert.Equal(boundaries.Count + (slice * (Writers - 1)), added.Sum());
        Assert.True(expected.Values.Count(a => a.Admin3 is not null) > expected.Count / 2, "most events lie in an admin 3 area");
        using var store = _engine.Open();
        var actual = PCodes(store);
        Assert.Equal(expected.Count, actual.Count);
        var wrong = expected.Where(p => actual[p.Key] != p.Value).Select(p => p.Key).ToList();
        Assert.True(wrong.Count == 0,
            $"{wrong.Count} of {expected.Count} events have other P-codes than when the files are imported one after the other (e.g. {string.Join(", ", wrong.Take(5))})");
    }
}
