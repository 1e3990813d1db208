using System.Buffers.Binary;
using System.Security.Cryptography;
using Truce.Domain.Events;
using Truce.Storage.Audit;

namespace Truce.Storage.Tests.Ingest;

public sealed class RevisionDigestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(1_300)]
    public void The_digest_is_SHA256_over_the_21_byte_rows_in_the_order_added(int rows)
    {
        var expected = new List<byte>();
        using var digest = new RevisionDigest();
        for (var i = 0; i < rows; i++)
        {
            var dataset = i % 2 == 0 ? EventDataset.UcdpGed : EventDataset.Acled;
            var revision = 1 + (i % 5);
            var hash = new UInt128((ulong)i * 31, (ulong)i * 977);
            digest.Add(dataset, revision, hash);
            var row = new byte[21];
            row[0] = (byte)dataset;
            BinaryPrimitives.WriteInt32BigEndian(row.AsSpan(1), revision);
            BinaryPrimitives.WriteUInt128BigEndian(row.AsSpan(5), hash);
            expected.AddRange(row);
        }

        Assert.Equal(rows, digest.Count);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected.ToArray())), digest.Finish());
    }

    [Fact]
    public void Digests_by_import_restart_for_each_import()
    {
        var rows = Enumerable.Range(0, 1_100).Select(i => (Import: i < 700 ? 1L : 2L, EventDataset.UcdpGed, 1, (UInt128)i)).ToList();

        var byImport = RevisionDigest.ByImport(rows);

        using var second = new RevisionDigest();
        foreach (var (_, dataset, revision, hash) in rows.Skip(700))
        {
            second.Add(dataset, revision, hash);
        }

        Assert.Equal(700, byImport[1].Count);
        Assert.Equal(400, byImport[2].Count);
        Assert.Equal(second.Finish(), byImport[2].Sha256);
    }
}
