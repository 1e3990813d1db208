namespace Truce.Server.Hosting;

/// <summary>Where the server reads (a SQLite file or a PostgreSQL connection string), where it listens, and where evidence files are kept.</summary>
/// <param name="Db">A SQLite path, a PostgreSQL connection string or a <c>postgres://</c> URL.</param>
/// <param name="Urls">Where to listen.</param>
/// <param name="Blobs">The folder of evidence files; null for the default (<c>X.sqlite.blobs</c> beside a SQLite file; none for PostgreSQL, whose evidence endpoints then answer 503).</param>
/// <param name="CheckTiming">When strike checks are answered; null: <see cref="Sites.CheckTiming.Default"/>.</param>
/// <param name="Probing">The probing detector's thresholds; null: its defaults.</param>
/// <param name="H2cUrls">
/// Where else to listen, for HTTP/2 without TLS ("h2c", prior knowledge; ';' between several): for API
/// clients that send many requests at once over one connection (e.g. .NET's HttpClient with
/// <c>HttpVersion.Version20</c> and <c>HttpVersionPolicy.RequestVersionExact</c>, curl
/// <c>--http2-prior-knowledge</c>, gRPC-style clients). Browsers speak HTTP/2 only over TLS, so the web UI stays on
/// <paramref name="Urls"/> (HTTP/1.1). Null: none.
/// </param>
public sealed record ServerOptions(
    string Db,
    string Urls = "http://127.0.0.1:5000",
    string? Blobs = null,
    Sites.CheckTiming? CheckTiming = null,
    Geo.Deconfliction.ProbeDetectorOptions? Probing = null,
    string? H2cUrls = null)
{
    /// <summary>The addresses of a ';'-separated list, trimmed, empty ones dropped (none for null or blank).</summary>
    public static string[] Addresses(string? urls) =>
        string.IsNullOrWhiteSpace(urls) ? [] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
