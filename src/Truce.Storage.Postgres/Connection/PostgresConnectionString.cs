using System.Globalization;
using Npgsql;

namespace Truce.Storage.Postgres.Connection;

/// <summary>
/// Reads where a PostgreSQL store lives: an Npgsql connection string (<c>Host=...;Database=...</c>)
/// or a URL (<c>postgres://user:password@host:port/database?sslmode=require</c>, as libpq and most
/// hosting providers write it).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A connection string names its server in a "Host=" (or "Server=") pair; a file path never starts a pair so.
        return IsUrl(db) || db.Split(';').Any(pair => pair.Split('=', 2) is [var key, _]
            && key.Trim() is var k && (k.Equals("host", StringComparison.OrdinalIgnoreCase) || k.Equals("server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The Npgsql connection string for a connection string or URL.</summary>
    /// <exception cref="ArgumentException">Not a connection string or URL Npgsql understands.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        try
        {
            return IsUrl(db) ? FromUrl(new Uri(db)) : new NpgsqlConnectionStringBuilder(db);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or KeyNotFoundException or FormatException)
        {
            throw new ArgumentException($"Not a PostgreSQL connection string or postgres:// URL ({e.Message}).", nameof(db), e);
        }
    }

    /// <summary>Host, port and database, without user or password: safe to print.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{b.Host}:{b.Port}/{b.Database}");
    }

    private static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUrl(Uri url)
    {
        var b = new NpgsqlConnectionStringBuilder { Host = url.Host };
        if (url.Port > 0)
        {
            b.Port = url.Port;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (path.Length > 0)
        {
            b.Database = path;
        }

        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            b[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return b;
    }
}
