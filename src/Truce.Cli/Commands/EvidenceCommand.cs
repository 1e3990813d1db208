using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Storage.Blobs;
using Truce.Storage.Evidence;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce evidence add --db DB FILE [--event ucdp:123] [--url ..] [--publisher ..] [--date ..] [--quote ..]</c>:
/// stores a file by its SHA-256 (a duplicate of stored bytes is detected and only the addition is
/// recorded), and, when a source is described, stores the source citing the file for the events.
/// Prints the SHA-256 on stdout.
/// </summary>
internal sealed class EvidenceCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var file = new Argument<string>("file") { Description = "The evidence file (photo, video, PDF, web archive)" };
        var blobs = EvidenceOptions.Blobs();
        var mediaType = new Option<string?>("--media-type") { Description = "The file's media type (default: from its extension)" };
        var options = new EvidenceOptions();
        var add = new Command("add", "Store an evidence file by its SHA-256 (and cite it as a source for events)") { db, file, blobs, mediaType };
        foreach (var o in options.SourceOptions)
        {
            add.Add(o);
        }

        add.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path))
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{path}: no such file");
            }

            try
            {
                return SourcesCommand.Guard(() => Add(r, options, r.GetValue(db)!, path, r.GetValue(blobs), r.GetValue(mediaType)));
            }
            catch (BlobTooLargeException e)
            {
                return Terminal.Fail(ExitCodes.BadData, $"{path}: {e.Message}");
            }
        });
        return new Command("evidence", "Evidence files, stored by their SHA-256 with who added them and when") { add };
    }

    private static int Add(ParseResult r, EvidenceOptions options, string db, string path, string? blobsFolder, string? mediaType)
    {
        var blobs = EvidenceOptions.OpenBlobs(db, blobsFolder);
        using var store = Stores.Open(db);
        var author = r.GetValue(options.Author)!;
        var subjects = Subjects.Resolve(store, r.GetValue(options.Events) ?? [], "--event");
        var draft = options.DescribesSource(r) ? options.Draft(r, sha256: null) : null;
        _ = draft is null ? null : (draft with { Sha256 = new string('0', 64) }).Checked(); // every field checked before a byte is stored (the file stands for the URL or quote a source needs)
        EvidenceReceipt receipt;
        using (var stream = File.OpenRead(path))
        {
            receipt = EvidenceIntake.AddAsync(store, blobs, stream, Path.GetFileName(path), mediaType ?? MediaTypes.Of(path), author).GetAwaiter().GetResult();
        }

        var a = receipt.Addition;
        Terminal.Info(string.Create(CultureInfo.InvariantCulture, $"{(receipt.Duplicate ? "already stored (same bytes): recorded this addition" : "stored")} {a.Name}, {a.Bytes} bytes, {a.MediaType}, by {a.Author}, in {blobs.Location}"));
        System.Console.Out.WriteLine(a.Sha256);
        if (draft is not null)
        {
            var source = store.AddSource(draft with { Sha256 = a.Sha256 }, subjects, author);
            Terminal.Info(string.Create(CultureInfo.InvariantCulture, $"source {source.Id}{(subjects.Count > 0 ? " cited for " + string.Join(", ", subjects) : "")}"));
        }

        return ExitCodes.Ok;
    }
}
