using System.CommandLine;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Formats.Detection;

namespace Truce.Cli.Commands;

/// <summary><c>truce import --db FILE PATH [--format ucdp|acled|truce-csv|admin-geojson|admin-shapefile] [--skip-bad-rows]</c>.</summary>
internal sealed class ImportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var path = new Argument<string>("PATH") { Description = "File to import" };
        var format = new Option<string?>("--format") { Description = "ucdp, acled, truce-csv, admin-geojson or admin-shapefile (detected when omitted)" };
        var skip = new Option<bool>("--skip-bad-rows") { Description = "Import the good rows; write every reject with its reason to a rejects file" };
        var rejects = new Option<string?>("--rejects") { Description = "Where rejects go with --skip-bad-rows (default PATH.rejects.csv)" };
        var command = new Command("import", "Import events (UCDP GED, ACLED, Truce CSV) or OCHA boundaries (GeoJSON, shapefile); all or nothing") { db, path, format, skip, rejects };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(path)!, r.GetValue(format), r.GetValue(skip), r.GetValue(rejects)));
        return command;
    }

    private static int Run(string db, string path, string? formatName, bool skipBadRows, string? rejects)
    {
        var format = FormatDetector.Parse(formatName);
        if (formatName is not null && format == EventFileFormat.Unknown)
        {
            return Terminal.Fail(ExitCodes.Usage, $"--format: '{formatName}' is not one of ucdp, acled, truce-csv, admin-geojson, admin-shapefile");
        }

        if (!File.Exists(path))
        {
            return Terminal.Fail(ExitCodes.NotFound, $"{path}: no such file");
        }

        // One store, used by this thread only, for the life of the process (SqliteProcess).
        _ = Storage.Sqlite.SqliteProcess.UseOneThreadPerConnection();
        using var store = Stores.Open(db);
        try
        {
            Terminal.Info(FileImporter.Import(store, path, format, skipBadRows, rejects));
            Stores.Checkpoint(store, db);
            return ExitCodes.Ok;
        }
        catch (DataFormatException e)
        {
            Terminal.Fail(ExitCodes.BadData, e.Message);
            Terminal.Info("nothing was imported: the store is as it was before this command");
            return ExitCodes.BadData;
        }
    }
}
