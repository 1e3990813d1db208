using System.Security.Cryptography;
using Truce.Domain.Sources;

namespace Truce.Storage.Blobs;

/// <summary>
/// Blobs as files: <c>ROOT/sha256/AB/ABCDEF…</c> (the first two hex digits as a folder, so no folder
/// grows past 1/256 of the files). A write streams into <c>ROOT/tmp/</c> (same file system) while
/// hashing, flushes it to disk, then renames it into place — atomic, so a reader never sees part of
/// a file — and marks it read-only. Names are checked to be 64 hex digits before any path is built.
/// </summary>
/// <remarks>Thread- and process-safe: racing writers of the same bytes end with one file (the loser's temporary file is deleted).</remarks>
public sealed class FileBlobStore : IBlobStore
{
    private const int BufferSize = 1 << 16;

    /// <summary>Uses (creating on first write) the folder <paramref name="root"/>.</summary>
    public FileBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The folder, absolute.</summary>
    public string Root { get; }

    public string Location => Root;

    public async Task<BlobWrite> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var tmpDir = Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName;
        var temp = Path.Combine(tmpDir, $"{Guid.NewGuid():N}.part");
        try
        {
            string sha;
            long total = 0;
            await using (var file = new FileStream(temp, CreateOptions()))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[BufferSize];
                int n;
                while ((n = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += n;
                    if (total > maxBytes)
                    {
                        throw new BlobTooLargeException(maxBytes);
                    }

                    hash.AppendData(buffer, 0, n);
                    await file.WriteAsync(buffer.AsMemory(0, n), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true); // on disk before it gets its name: a crash never leaves a named, short file
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var final = PathOf(sha);
            if (File.Exists(final))
            {
                return new BlobWrite(sha, total, AlreadyStored: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            try
            {
                File.Move(temp, final, overwrite: false);
            }
            catch (IOException) when (File.Exists(final))
            {
                return new BlobWrite(sha, total, AlreadyStored: true); // another writer stored the same bytes first
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(final, UnixFileMode.UserRead | UnixFileMode.GroupRead);
            }

            return new BlobWrite(sha, total, AlreadyStored: false);
        }
        finally
        {
            File.Delete(temp); // no-op once renamed; removes the partial file after any failure
        }
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public async Task VerifyAsync(string sha256, long bytes, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            throw new BlobCorruptException(sha256, $"missing from {Root}");
        }

        var length = new FileInfo(path).Length;
        if (length != bytes)
        {
            throw new BlobCorruptException(sha256, $"{length} bytes stored, {bytes} recorded");
        }

        await using var stream = OpenRead(sha256);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        if (!string.Equals(actual, sha256, StringComparison.Ordinal))
        {
            throw new BlobCorruptException(sha256, $"the stored bytes hash to {actual}");
        }
    }

    /// <summary>The path of a blob; only ever built from a checked hash, so it stays under <see cref="Root"/>.</summary>
    /// <exception cref="ArgumentException">Not 64 lowercase hex digits.</exception>
    public string PathOf(string sha256) => EvidenceHash.IsValid(sha256)
        ? Path.Combine(Root, "sha256", sha256[..2], sha256)
        : throw new ArgumentException($"'{sha256}' is not a SHA-256 (64 lowercase hex digits).", nameof(sha256));

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
