namespace Truce.Storage.Blobs;

/// <summary>
/// Evidence bytes, content-addressed: a file is named by its SHA-256, so the same bytes are stored
/// once and a stored file can be checked against its name. The database records who added a file
/// and when (<see cref="Contract.IEvidenceStore"/>); this holds only the bytes.
/// </summary>
/// <remarks>Thread-safe: writers of the same bytes may race, and exactly one file results.</remarks>
public interface IBlobStore
{
    /// <summary>Where the blobs are, safe to print.</summary>
    string Location { get; }

    /// <summary>
    /// Stores the bytes of <paramref name="content"/> (read to its end), hashing them as they are written.
    /// A failed or cancelled write leaves nothing behind.
    /// </summary>
    /// <param name="content">The bytes.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="cancellationToken">Stops the write; nothing is kept.</param>
    /// <exception cref="BlobTooLargeException">More than <paramref name="maxBytes"/> bytes; nothing is kept.</exception>
    Task<BlobWrite> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>True when a file with this hash is stored.</summary>
    /// <exception cref="ArgumentException">Not a SHA-256 (64 lowercase hex digits).</exception>
    bool Exists(string sha256);

    /// <summary>Opens a stored file for reading, unchecked.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="ArgumentException">Not a SHA-256.</exception>
    Stream OpenRead(string sha256);

    /// <summary>Reads a stored file whole and checks its size and hash (O(size)).</summary>
    /// <param name="sha256">The file's name.</param>
    /// <param name="bytes">The size the database recorded.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <exception cref="BlobCorruptException">Missing, another size, or bytes that no longer hash to the name.</exception>
    Task VerifyAsync(string sha256, long bytes, CancellationToken cancellationToken = default);
}
