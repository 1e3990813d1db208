using Truce.Domain.Errors;

namespace Truce.Storage.Blobs;

/// <summary>A stored evidence file that no longer matches its name (hash) or recorded size, or is missing.</summary>
public sealed class BlobCorruptException : TruceException
{
    public BlobCorruptException(string sha256, string reason)
        : base($"evidence file {sha256}: {reason}")
    {
        Sha256 = sha256;
    }

    public BlobCorruptException()
        : this("", "corrupted")
    {
    }

    public BlobCorruptException(string message)
        : base(message)
    {
        Sha256 = "";
    }

    public BlobCorruptException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Sha256 = "";
    }

    /// <summary>The file's name (its expected hash).</summary>
    public string Sha256 { get; }
}
