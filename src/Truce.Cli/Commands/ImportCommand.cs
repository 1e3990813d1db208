using System.CommandLine;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Formats.Detection;

namespace Truce.Cli.Commands;

/// <summary><c>truce import --db FILE PATH [--format ucdp|acled|truce-csv|admin-geojson] [--skip-bad-rows]</c>.</summary>
internal sealed class ImportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var path = new Argument<string>("PATH") { Description = "File to import" };
        var format = new Option<string?>("--format") { Description = "ucdp, acled, truce-csv or admin-geojson (detected when omitted)" };
        var skip = new Option<bool>("--skip-bad-rows") { Description = "Import the good rows; write every reject with its reason to a rejects file" };
        var rejects = new Option<string?>("--rejects") { Description = "Where rejects go with --skip-bad-rows (default PATH.rejects.csv)" };
        var command = new Command("import", "Import events (UCDP GED, ACLED, Truce CSV) or OCHA boundaries (GeoJSON); all or nothing") { db, path, format, skip, rejects };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(path)!, r.GetValue(format), r.GetValue(skip), r.GetValue(rejects)));
        return command;
    }

    private static int Run(string db, string path, string? formatName, bool skipBadRows, string? rejects)
    {
        var format = formatName switch
        {
            null => EventFileFormat.Unknown,
            "ucdp" => EventFileFormat.Ucdp,
            "acled" => EventFileFormat.Acled,
            "truce-csv" => EventFileFormat.TruceCsv,
            "admin-geojson" => EventFileFormat.AdminGeoJson,
            _ => (EventFileFormat)(-1),
        };
        if ((int)format < 0)
        {
            return Terminal.Fail(ExitCodes.Usage, $"--format: '{formatName}' is not one of ucdp, acled, truce-csv, admin-geojson");
        }

        if (!File.Exists(path))
        {
            return Terminal.Fail(ExitCodes.NotFound, $"{path}: no such file");
        }

        using var store = Stores.Open(db);
        try
        {
            Terminal.Info(FileImporter.Import(store, path, format, skipBadRows, rejects));
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
