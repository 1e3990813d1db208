namespace Truce.Storage.Blobs;

/// <summary>What a blob write stored.</summary>
/// <param name="Sha256">Lowercase hex SHA-256 of the bytes.</param>
/// <param name="Bytes">Their size.</param>
/// <param name="AlreadyStored">True when the same bytes were already there (nothing new written).</param>
public sealed record BlobWrite(string Sha256, long Bytes, bool AlreadyStored);
