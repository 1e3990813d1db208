namespace Truce.Server.Hosting;

/// <summary>Where the server reads (a SQLite file or a PostgreSQL connection string) and listens.</summary>
/// <param name="Db">A SQLite path, a PostgreSQL connection string or a <c>postgres://</c> URL.</param>
/// <param name="Urls">Where to listen.</param>
public sealed record ServerOptions(string Db, string Urls = "http://127.0.0.1:5000");
