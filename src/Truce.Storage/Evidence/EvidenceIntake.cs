using Truce.Domain.Sources;
using Truce.Storage.Blobs;
using Truce.Storage.Contract;

namespace Truce.Storage.Evidence;

/// <summary>
/// Adds an evidence file: its bytes to the blob store (hashed as they are written), then the
/// addition (who, when, name, media type) to the database in one transaction. Every field is
/// checked before a byte is written. A write that fails leaves no partial file and no row; a
/// failure of the database write after the bytes were stored leaves only a complete file named by
/// its hash, which nothing cites and the next addition of the same bytes reuses.
/// </summary>
public static class EvidenceIntake
{
    /// <summary>The default size limit: 2 GiB (a phone video; larger files need a raised limit).</summary>
    public const long DefaultMaxBytes = 2L << 30;

    /// <summary>Stores the bytes and records the addition.</summary>
    /// <param name="store">The database.</param>
    /// <param name="blobs">The blob store.</param>
    /// <param name="content">The file's bytes, read to the end.</param>
    /// <param name="name">Its original name (no folders).</param>
    /// <param name="mediaType">Its media type; <c>application/octet-stream</c> when null.</param>
    /// <param name="author">Who adds it.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <param name="cancellationToken">Stops the write; nothing is kept.</param>
    /// <exception cref="Domain.Errors.BadFieldException">A bad name, media type or author; nothing written.</exception>
    /// <exception cref="BlobTooLargeException">Over <paramref name="maxBytes"/>; nothing written.</exception>
    public static async Task<EvidenceReceipt> AddAsync(
        IEvidenceStore store, IBlobStore blobs, Stream content, string name, string? mediaType, string author, long maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(content);
        var checkedName = EvidenceAddition.CheckName(name);
        var checkedType = EvidenceAddition.CheckMediaType(mediaType);
        var checkedAuthor = Authors.Check(author);
        var write = await blobs.WriteAsync(content, maxBytes, cancellationToken);
        return store.RecordEvidence(new EvidenceAddition(write.Sha256, write.Bytes, checkedName, checkedType, checkedAuthor));
    }
}
