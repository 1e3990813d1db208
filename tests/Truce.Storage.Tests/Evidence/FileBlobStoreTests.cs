using System.Security.Cryptography;
using System.Text;
using Truce.Domain.Errors;
using Truce.Storage.Blobs;
using Truce.Storage.Evidence;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Storage.Tests.Evidence;

/// <summary>The filesystem blob store and the evidence intake over it, on a real folder and a real SQLite file.</summary>
public sealed class FileBlobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileBlobStore _blobs;

    public FileBlobStoreTests() => _blobs = new FileBlobStore(_folder.File("db.sqlite.blobs"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string[] FilesUnderRoot() => Directory.Exists(_blobs.Root) ? Directory.GetFiles(_blobs.Root, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task A_file_is_stored_under_its_hash_in_a_two_digit_folder()
    {
        var bytes = Encoding.UTF8.GetBytes("a photo of the crater");
        var write = await _blobs.WriteAsync(new MemoryStream(bytes), 1000, Cancel);

        var sha = Hex(bytes);
        Assert.Equal((sha, (long)bytes.Length, false), (write.Sha256, write.Bytes, write.AlreadyStored));
        var path = Path.Combine(_blobs.Root, "sha256", sha[..2], sha);
        Assert.Equal([path], FilesUnderRoot());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Cancel));
    }

    [Fact]
    public async Task The_same_bytes_again_are_detected_by_hash_and_not_written_twice()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        var first = await _blobs.WriteAsync(new MemoryStream(bytes), 1 << 20, Cancel);
        var stamp = File.GetLastWriteTimeUtc(_blobs.PathOf(first.Sha256));
        var second = await _blobs.WriteAsync(new MemoryStream(bytes), 1 << 20, Cancel);

        Assert.True(second.AlreadyStored);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Single(FilesUnderRoot());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(_blobs.PathOf(first.Sha256)));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_leaves_no_partial_file()
    {
        var e = await Assert.ThrowsAsync<BlobTooLargeException>(() => _blobs.WriteAsync(new MemoryStream(new byte[100_001]), 100_000, Cancel));
        Assert.Equal(100_000, e.Limit);
        Assert.Empty(FilesUnderRoot());
    }

    [Fact]
    public async Task A_corrupted_file_is_detected_on_a_verified_read()
    {
        var bytes = Encoding.UTF8.GetBytes("statement of a witness");
        var write = await _blobs.WriteAsync(new MemoryStream(bytes), 1000, Cancel);
        await _blobs.VerifyAsync(write.Sha256, write.Bytes, Cancel); // intact: no exception

        var path = _blobs.PathOf(write.Sha256);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // stored read-only
        }

        bytes[0] ^= 0x20; // same size, one bit flipped
        await File.WriteAllBytesAsync(path, bytes, Cancel);

        var e = await Assert.ThrowsAsync<BlobCorruptException>(() => _blobs.VerifyAsync(write.Sha256, write.Bytes, Cancel));
        Assert.Contains($"hash to {Hex(bytes)}", e.Message, StringComparison.Ordinal);
        var size = await Assert.ThrowsAsync<BlobCorruptException>(() => _blobs.VerifyAsync(write.Sha256, write.Bytes + 1, Cancel));
        Assert.Contains("bytes stored", size.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_a_hash_never_becomes_a_path()
    {
        Assert.Throws<ArgumentException>(() => _blobs.PathOf("../../../../etc/passwd"));
        Assert.Throws<ArgumentException>(() => _blobs.OpenRead(new string('A', 64))); // upper case is not the canonical name
        Assert.Throws<ArgumentException>(() => _blobs.Exists("/" + new string('a', 63)));
    }

    [Fact]
    public async Task The_intake_records_each_adder_and_reports_the_duplicate()
    {
        using var store = SqliteEventStore.Open(_folder.File("db.sqlite"));
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 report");
        var first = await EvidenceIntake.AddAsync(store, _blobs, new MemoryStream(bytes), "report.pdf", "application/pdf", "monitor-1", 1000, Cancel);
        var second = await EvidenceIntake.AddAsync(store, _blobs, new MemoryStream(bytes), "copy.pdf", null, "monitor-2", 1000, Cancel);

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal("application/octet-stream", second.Addition.MediaType);
        Assert.Equal(["monitor-1", "monitor-2"], store.EvidenceAdditions(Hex(bytes)).Select(a => a.Author));
        Assert.Single(FilesUnderRoot());
    }

    [Fact]
    public async Task A_failed_intake_leaves_no_file_and_no_row()
    {
        using var store = SqliteEventStore.Open(_folder.File("db.sqlite"));
        await Assert.ThrowsAsync<BlobTooLargeException>(() => EvidenceIntake.AddAsync(store, _blobs, new MemoryStream(new byte[2000]), "big.mp4", "video/mp4", "monitor-1", 1000, Cancel));
        var bad = await Assert.ThrowsAsync<BadFieldException>(() => EvidenceIntake.AddAsync(store, _blobs, new MemoryStream([1, 2, 3]), "a.bin", "not a type", "monitor-1", 1000, Cancel));
        Assert.Equal("mediaType", bad.Field);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EvidenceIntake.AddAsync(store, _blobs, new MemoryStream(new byte[10]), "a.bin", null, "m", 1000, cancelled.Token));

        Assert.Empty(FilesUnderRoot());
        Assert.Empty(store.EvidenceAdditions(Hex(new byte[2000])));
        Assert.Empty(store.EvidenceAdditions(Hex([1, 2, 3])));
    }

    public void Dispose() => _folder.Dispose();
}
