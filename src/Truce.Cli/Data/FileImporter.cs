using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Truce.Cli.Console;
using Truce.Domain.Errors;
using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Formats.Reading;
using Truce.Formats.Shapefiles;
using Truce.Storage.Contract;
using Truce.Storage.Import;

namespace Truce.Cli.Data;

/// <summary>Imports one file of any supported format into a store, with progress, warnings and rejects.</summary>
internal static class FileImporter
{
    /// <summary>Imports <paramref name="path"/>; throws <see cref="DataFormatException"/> on bad data in strict mode.</summary>
    /// <returns>A one-line account of what was done.</returns>
    public static string Import(IEventStore store, string path, EventFileFormat format, bool skipBadRows, string? rejectsPath, bool quiet = false)
    {
        if (format == EventFileFormat.Unknown)
        {
            format = FormatDetector.FromFile(path);
            if (format == EventFileFormat.Unknown)
            {
                throw new DataFormatException(path, 1, 0, null,
                    "format not recognised: the header is neither UCDP GED, ACLED nor a Truce export, and the file is not GeoJSON (give --format)");
            }
        }

        var name = FormatDetector.Name(format);
        var source = new ImportSource(path, format);
        if (format is EventFileFormat.AdminGeoJson or EventFileFormat.AdminShapefile)
        {
            using var hashing = new HashingStream(File.OpenRead(path));
            var boundaries = format == EventFileFormat.AdminGeoJson ? AdminGeoJsonReader.Read(hashing, path) : AdminShapefileReader.Read(path);
            if (format == EventFileFormat.AdminShapefile)
            {
                hashing.CopyTo(Stream.Null); // the digest recorded is the .shp's
            }

            var b = store.ImportBoundaries(boundaries, source, hashing.Sha256Hex());
            return string.Create(CultureInfo.InvariantCulture,
                $"{path} ({name}): {b.Read} boundaries read, {b.Added} added, {b.Revised} revised, {b.Unchanged} unchanged; {b.EventsReassigned} events re-assigned P-codes");
        }

        using var rejects = skipBadRows ? new RejectsFile(rejectsPath ?? path + ".rejects.csv") : null;
        var options = new ImportOptions { SkipBadRows = skipBadRows, CountryExtent = CountryExtent.Of(store), OnReject = rejects is null ? null : rejects.Write };
        var watch = Stopwatch.StartNew();
        ImportReceipt receipt;
        using (var input = File.OpenRead(path))
        {
            if (quiet || System.Console.IsErrorRedirected)
            {
                receipt = store.ImportEvents(input, source, options);
            }
            else
            {
                ImportReceipt? result = null;
                Terminal.Error.Progress().AutoClear(true).Start(ctx =>
                {
                    var task = ctx.AddTask($"importing {Path.GetFileName(path)}", maxValue: Math.Max(1, input.Length));
                    result = store.ImportEvents(input, source, options with { Progress = new ProgressReporter(task) });
                    task.Value = task.MaxValue;
                });
                receipt = result!;
            }
        }

        var shown = quiet ? 0 : 10;
        foreach (var w in receipt.Warnings.Take(shown))
        {
            Terminal.Warn(w.ToString());
        }

        if (receipt.WarningCount > shown)
        {
            Terminal.Warn(shown > 0
                ? $"… and {receipt.WarningCount - shown} more warnings"
                : $"{receipt.WarningCount} warnings about {Path.GetFileName(path)} (values kept as published; `truce import` lists them)");
        }

        var rate = receipt.Read / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{path} ({name}): {receipt.Read} read, {receipt.Added} added, {receipt.Revised} revised, {receipt.Unchanged} unchanged, {receipt.Rejected} rejected; {receipt.AssignedAdmin} given P-codes; {watch.Elapsed.TotalSeconds:0.00} s ({rate:0} rows/s); sha256 {receipt.Sha256}");
        if (receipt.ImportId == 0)
        {
            line += "\nnothing new: the store is unchanged";
        }

        return rejects is null || receipt.Rejected == 0 ? line : $"{line}\nrejects written to {rejects.Path}";
    }
}
