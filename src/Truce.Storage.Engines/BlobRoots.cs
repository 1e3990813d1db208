using Truce.Domain.Errors;
using Truce.Storage.Blobs;

namespace Truce.Storage.Engines;

/// <summary>
/// Where a database keeps its evidence files: a SQLite file <c>X.sqlite</c> beside itself in
/// <c>X.sqlite.blobs/</c> unless told otherwise; a PostgreSQL database in the folder given
/// (<c>--blobs DIR</c>, or the configuration key <c>Truce:Blobs</c>), which every server sharing
/// the database must see (a shared file system).
/// </summary>
public static class BlobRoots
{
    /// <summary>The configuration key that names the folder (environment variable <c>Truce__Blobs</c>).</summary>
    public const string ConfigurationKey = "Truce:Blobs";

    /// <summary>The folder for <paramref name="db"/>: <paramref name="configured"/> when given, else the SQLite default.</summary>
    /// <exception cref="BadFieldException">A PostgreSQL database and no folder given (field <c>blobs</c>).</exception>
    public static string For(string db, string? configured)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        return Databases.IsPostgres(db)
            ? throw new BadFieldException("blobs", $"a PostgreSQL database keeps evidence files in a folder of your choosing: give --blobs DIR or set {ConfigurationKey} (environment variable Truce__Blobs)")
            : Path.GetFullPath(db) + ".blobs";
    }

    /// <summary>The blob store for <paramref name="db"/> (see <see cref="For"/>).</summary>
    public static IBlobStore Open(string db, string? configured) => new FileBlobStore(For(db, configured));
}
