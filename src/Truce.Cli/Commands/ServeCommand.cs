using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Truce.Cli.Console;
using Truce.Server.Hosting;
using Truce.Storage.Engines;

namespace Truce.Cli.Commands;

/// <summary><c>truce serve [--db FILE|CONNECTION] [--urls URL] [--h2c-urls URL] [--blobs DIR]</c>: the REST API (and its OpenAPI document) and the web UI over a database, until Ctrl+C; writes for signed-in monitors and admins.</summary>
internal sealed class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = CommonOptions.DbHelp + "; default: configuration key Truce:Db (appsettings.json, or environment variable Truce__Db)" };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var h2c = new Option<string?>("--h2c-urls")
        {
            Description = "Also listen here for HTTP/2 without TLS (prior knowledge), for API clients that send many requests over one connection; the web UI stays on --urls",
        };
        var blobs = EvidenceOptions.Blobs();
        var command = new Command("serve", "Serve the record and the verdicts over HTTP (REST API, OpenAPI at /openapi/v1.json); users sign in (truce users add)") { db, urls, h2c, blobs };
        command.SetAction(r =>
        {
            var path = r.GetValue(db) ?? ServeConfiguration.Db();
            if (path is null)
            {
                return Terminal.Fail(ExitCodes.Usage, "no database: give --db, or set Truce:Db in appsettings.json or the environment variable Truce__Db");
            }

            if (!Databases.IsPostgres(path) && !File.Exists(path))
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{path}: no such database (create one with truce import or truce demo)");
            }

            return Serve(path, r.GetValue(urls)!, r.GetValue(blobs) ?? ServeConfiguration.Blobs(), r.GetValue(h2c));
        });
        return command;
    }

    /// <summary>Serves <paramref name="db"/> until Ctrl+C, printing where.</summary>
    /// <param name="db">The database.</param>
    /// <param name="urls">Where to listen.</param>
    /// <param name="blobs">The folder of evidence files; null for the default (<see cref="BlobRoots"/>).</param>
    /// <param name="h2cUrls">Where else to listen, for HTTP/2 without TLS; null: nowhere.</param>
    public static int Serve(string db, string urls, string? blobs = null, string? h2cUrls = null)
    {
        using var app = TruceServer.Build(new ServerOptions(Databases.IsPostgres(db) ? db : Path.GetFullPath(db), urls, blobs, H2cUrls: h2cUrls));
        app.Start();

        var h2c = ServerOptions.Addresses(h2cUrls).Length; // the server reports its HTTP/1.1 addresses first
        foreach (var url in app.Urls.Skip(app.Urls.Count - h2c))
        {
            Terminal.Info($"Truce also answers the API over HTTP/2 without TLS (prior knowledge) at {url}");
        }

        foreach (var url in app.Urls.Take(app.Urls.Count - h2c))
        {
            Terminal.Info($"Truce is serving {Databases.Describe(db)} at {url} (web UI: {url}/, API: {url}/api/events, OpenAPI: {url}/openapi/v1.json); Ctrl+C stops it");
            System.Console.Out.WriteLine($"Open {url}/");
        }

        app.WaitForShutdown();
        return ExitCodes.Ok;
    }
}
