using System.Globalization;
using Truce.Domain.Errors;

namespace Truce.Storage.Blobs;

/// <summary>An evidence file over the size limit; nothing was kept.</summary>
public sealed class BlobTooLargeException : TruceException
{
    public BlobTooLargeException(long limit)
        : base(string.Create(CultureInfo.InvariantCulture, $"the file is larger than the limit of {limit} bytes; nothing was kept"))
    {
        Limit = limit;
    }

    public BlobTooLargeException()
        : this(0)
    {
    }

    public BlobTooLargeException(string message)
        : base(message)
    {
    }

    public BlobTooLargeException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The limit, in bytes.</summary>
    public long Limit { get; }
}
