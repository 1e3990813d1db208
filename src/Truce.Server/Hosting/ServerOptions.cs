namespace Truce.Server.Hosting;

/// <summary>Where the server reads (a SQLite file or a PostgreSQL connection string) and listens, and whether it accepts imports.</summary>
/// <param name="Db">A SQLite path, a PostgreSQL connection string or a <c>postgres://</c> URL.</param>
/// <param name="Urls">Where to listen.</param>
/// <param name="AllowWrites">Maps <c>POST /api/imports</c>. There is no authentication yet: anyone who reaches the server can write.</param>
public sealed record ServerOptions(string Db, string Urls = "http://127.0.0.1:5000", bool AllowWrites = false);
