using Truce.Domain.Errors;
using Truce.Storage.Blobs;
using Truce.Storage.Engines;

namespace Truce.Server.Hosting;

/// <summary>The server's evidence files (see <see cref="BlobRoots"/>), or why there are none (a PostgreSQL database with no folder configured).</summary>
public sealed class EvidenceFiles
{
    public EvidenceFiles(string db, string? configured)
    {
        try
        {
            Blobs = BlobRoots.Open(db, configured);
        }
        catch (BadFieldException e)
        {
            Unavailable = e.Reason;
        }
    }

    /// <summary>The blob store, null when <see cref="Unavailable"/> says why not.</summary>
    public IBlobStore? Blobs { get; }

    /// <summary>Why the server keeps no evidence files, or null.</summary>
    public string? Unavailable { get; }
}
