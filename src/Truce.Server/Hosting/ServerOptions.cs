namespace Truce.Server.Hosting;

/// <summary>Where the server reads (the SQLite file) and listens.</summary>
public sealed record ServerOptions(string Db, string Urls = "http://127.0.0.1:5000");
