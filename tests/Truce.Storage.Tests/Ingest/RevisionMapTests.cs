using Truce.Storage.Import;

namespace Truce.Storage.Tests.Ingest;

public sealed class RevisionMapTests
{
    private static UInt128 Key(int i) => RevisionPlanner.Key($"id-{i}");

    [Fact]
    public void Every_key_added_is_found_with_its_record_and_no_other_key_is()
    {
        var map = new RevisionMap(expected: 10_000);
        for (var i = 0; i < 10_000; i++)
        {
            map.Prefetch(Key(i));
            ref var record = ref map.GetValueRefOrAddDefault(Key(i), out var exists);
            Assert.False(exists);
            record.Revision = i + 1;
            record.Hash = (UInt128)i * 3;
        }

        Assert.Equal(10_000, map.Count);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(map.TryGetValue(Key(i), out var record));
            Assert.Equal((i + 1, (UInt128)i * 3), (record.Revision, record.Hash));
            Assert.True(map.GetValueRefOrAddDefault(Key(i), out var exists).Revision == i + 1 && exists);
        }

        Assert.False(map.TryGetValue(Key(10_000), out _));
        Assert.Equal(10_000, map.Count);
    }

    [Fact]
    public void A_map_sized_too_small_grows_and_keeps_every_record()
    {
        var map = new RevisionMap(expected: 0);
        for (var i = 0; i < 50_000; i++)
        {
            map[Key(i)] = new KnownRecord { RevisionId = i, Revision = 1, LineInFile = i + 2 };
        }

        Assert.Equal(50_000, map.Count);
        Assert.All(Enumerable.Range(0, 50_000), i => Assert.True(map.TryGetValue(Key(i), out var r) && r.RevisionId == i && r.LineInFile == i + 2));
    }

    [Fact]
    public void Keys_that_share_their_first_slot_are_kept_apart()
    {
        // Same low 32 bits, so the same first slot in any table; different high bits.
        var map = new RevisionMap(expected: 16);
        var keys = Enumerable.Range(1, 12).Select(i => ((UInt128)(ulong)i << 64) | 0xDEADBEEF).ToArray();
        foreach (var (key, n) in keys.Select((k, n) => (k, n)))
        {
            map[key] = new KnownRecord { Revision = n + 1 };
        }

        Assert.Equal(keys.Select((_, n) => n + 1), keys.Select(k => map.TryGetValue(k, out var r) ? r.Revision : 0));
    }
}
