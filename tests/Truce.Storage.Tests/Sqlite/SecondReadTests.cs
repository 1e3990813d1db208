using System.Security.Cryptography;
using Truce.Domain.Errors;
using Truce.Formats.Detection;
using Truce.Storage.Import;
using Truce.Storage.Sqlite;
using Truce.Storage.Sqlite.Schema;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>
/// A bulk import takes the file's SHA-256 in a second read while the indexes are built: the digest
/// must be that of the bytes imported, and a file that changed in between must fail the import.
/// </summary>
public sealed class SecondReadTests() : StoreTestBase(new SqliteEngine())
{
    private const int Rows = 40_000;

    private SqliteEventStore Sqlite => (SqliteEventStore)Store;

    [Fact]
    public void A_bulk_imports_digest_is_the_SHA_256_of_the_bytes_it_imported()
    {
        var big = BigFile();

        var receipt = Import(new MemoryStream(big));

        Assert.Equal(Rows, receipt.Added);
        var expected = Convert.ToHexStringLower(SHA256.HashData(big));
        Assert.Equal(expected, receipt.Sha256);
        Assert.Equal(expected, StoredDigest());
    }

    [Fact]
    public void The_second_read_starts_where_the_import_started_in_the_stream()
    {
        var big = BigFile();
        var prefix = "bytes before the file\n"u8.ToArray();
        var input = new MemoryStream([.. prefix, .. big]) { Position = prefix.Length };

        var receipt = Import(input);

        Assert.Equal(Rows, receipt.Added);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(big)), receipt.Sha256);
    }

    [Fact]
    public void A_file_that_changes_between_the_two_reads_fails_the_import_and_leaves_the_store_as_it_was()
    {
        var big = BigFile();
        var changed = big.Length / 2;

        var error = Assert.Throws<DataFormatException>(() => Import(new ChangingStream(big, changed)));

        Assert.Equal("big.csv", error.File);
        Assert.Contains("changed while it was being imported", error.Reason, StringComparison.Ordinal);
        var chunk = changed / SourceArchive.ChunkSize * (long)SourceArchive.ChunkSize;
        Assert.Contains($"bytes {chunk:N0}–", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM events"));
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM imports"));
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM source_chunks"));
    }

    private static byte[] BigFile()
    {
        var big = UcdpRecords.Bundled.Compose(UcdpRecords.Bundled.Repeated(Rows));
        Assert.True(BulkLoad.ShouldDefer(0, big.Length), "the file must be big enough to take the bulk-load path");
        Assert.True(big.Length > 2 * SourceArchive.ChunkSize, "the file must span several chunks");
        return big;
    }

    private ImportReceipt Import(Stream input) =>
        Store.ImportEvents(input, new ImportSource("big.csv", EventFileFormat.Ucdp), new ImportOptions(), TestContext.Current.CancellationToken);

    private string StoredDigest()
    {
        using var cmd = Sqlite.Connection.CreateCommand();
        cmd.CommandText = "SELECT sha256 FROM imports";
        return (string)cmd.ExecuteScalar()!;
    }

    /// <summary>A file someone writes to while it is imported: one byte differs once the first read has reached the end.</summary>
    private sealed class ChangingStream(byte[] bytes, int changeAt) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        private bool _changed;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => _inner.Position = value; }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Changed(_inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Changed(_inner.Read(buffer));

        private int Changed(int read)
        {
            if (read == 0 && !_changed)
            {
                _changed = true;
                bytes[changeAt] ^= 0x20;
            }

            return read;
        }
    }
}
