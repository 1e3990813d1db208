using Truce.Storage.Adjudication;

namespace Truce.Storage.Tests;

public sealed partial class PostgresConcurrencyTests
{
    [Fact]
    public void Eight_writers_saving_the_same_reference_files_at_once_store_each_file_once()
    {
        var files = AleppoScenario.Files();
        var writers = Enumerable.Range(0, Writers).Select(_ => (Func<CancellationToken, int>)(_ =>
        {
            using var store = _engine.Open();
            return store.SaveReferences(AleppoScenario.Files());
        })).ToList();
        var versions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var readers = Enumerable.Range(0, 2).Select(_ => (Action<CancellationToken>)(_ =>
        {
            using var store = _engine.Open();
            var stored = store.References();
            Assert.True(stored.Count == 0 || stored.Count == files.Count, $"a reader saw {stored.Count} of {files.Count} files");
            versions.Add(store.ReferencesVersion());
        })).ToList();

        var (saved, _) = BoundedRun.Run(writers, readers, Limit);

        Assert.Equal([files.Count, .. Enumerable.Repeat(0, Writers - 1)], saved.OrderDescending());
        Assert.Equal(files.Count, _engine.Scalar("SELECT count(*) FROM reference_files"));
        Assert.Equal(0, _engine.Scalar("SELECT count(*) FROM reference_files WHERE superseded_at IS NOT NULL"));
        using var check = _engine.Open();
        Assert.Equal(
            files.Select(f => (f.Kind, f.Name, f.Sha256)).Order(),
            check.References().Select(f => (f.Kind, f.Name, f.Sha256)).Order());
        Assert.Subset(new HashSet<string>(StringComparer.Ordinal) { "0:0", check.ReferencesVersion() }, versions.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Writers_saving_two_versions_of_a_file_at_once_keep_every_version_they_report_and_one_current()
    {
        var changed = File.ReadAllText(AleppoScenario.TermsPath) + "\n";
        var writers = Enumerable.Range(0, Writers).Select(w => (Func<CancellationToken, int>)(_ =>
        {
            using var store = _engine.Open();
            var saved = 0;
            for (var round = 0; round < 3; round++)
            {
                saved += store.SaveReferences(AleppoScenario.Files((w + round) % 2 == 0 ? null : changed));
            }

            return saved;
        })).ToList();

        var (saved, _) = BoundedRun.Run(writers, [], Limit);

        var files = AleppoScenario.Files().Count;
        Assert.Equal(saved.Sum(), _engine.Scalar("SELECT count(*) FROM reference_files"));
        Assert.Equal(files, _engine.Scalar("SELECT count(*) FROM reference_files WHERE superseded_at IS NULL"));
        Assert.Equal(files - 1, _engine.Scalar($"SELECT count(*) FROM reference_files WHERE kind <> '{ReferenceKinds.Terms}'"));
        var terms = _engine.Scalar($"SELECT count(*) FROM reference_files WHERE kind = '{ReferenceKinds.Terms}'");
        Assert.Equal(saved.Sum() - (files - 1), terms);
        Assert.True(terms >= 2, $"{terms} versions of the terms file: both versions were saved");

        // Each version differs from the one before it, which it superseded at the moment it was recorded.
        Assert.Equal(0, _engine.Scalar("""
            SELECT count(*) FROM (
              SELECT sha256, superseded_at, lead(sha256) OVER w AS next_sha, lead(recorded_at) OVER w AS next_at, lead(id) OVER w AS next_id
              FROM reference_files WINDOW w AS (PARTITION BY kind, name ORDER BY id)) v
            WHERE next_id IS NOT NULL AND (sha256 = next_sha OR superseded_at IS DISTINCT FROM next_at)
            """));
    }
}
