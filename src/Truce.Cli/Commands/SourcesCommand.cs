using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Storage.Contract;
using Truce.Storage.Evidence;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce sources --db DB EVENT</c>: an event's sources and its grade history;
/// <c>truce sources add --db DB --event ucdp:123 --url .. --publisher .. [--date] [--quote] [--confidential]</c>:
/// stores a source citing it for events, and prints its id. The command line reads the database
/// directly, so confidential identities are shown (marked); the API withholds them.
/// </summary>
internal sealed class SourcesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var subject = new Argument<string>("event") { Description = $"The event: {SubjectKey.Expected}" };
        var command = new Command("sources", "An event's sources and its credibility grades") { db, subject };
        command.SetAction(r => Guard(() =>
        {
            using var store = Stores.OpenExisting(r.GetValue(db)!);
            return store is null ? Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!)) : List(store, r.GetValue(subject)!);
        }));

        var addDb = CommonOptions.ExistingDb();
        var options = new EvidenceOptions();
        var sha = new Option<string?>("--sha256") { Description = "An evidence file already added (truce evidence add)" };
        var add = new Command("add", "Store a source (URL, publisher, date, quote, evidence file) and cite it for events") { addDb, sha };
        foreach (var o in options.SourceOptions)
        {
            add.Add(o);
        }

        add.SetAction(r => Guard(() =>
        {
            using var store = Stores.OpenExisting(r.GetValue(addDb)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(addDb)!));
            }

            var subjects = Subjects.Resolve(store, r.GetValue(options.Events) ?? [], "--event");
            var source = store.AddSource(options.Draft(r, r.GetValue(sha)), subjects, r.GetValue(options.Author)!);
            Terminal.Info($"source {source.Id}{(subjects.Count > 0 ? " cited for " + string.Join(", ", subjects) : "")}");
            System.Console.Out.WriteLine(source.Id.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Ok;
        }));
        command.Add(add);
        return command;
    }

    /// <summary>Runs a verb, turning a bad value into exit code 3 with its message.</summary>
    internal static int Guard(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (BadFieldException e)
        {
            return Terminal.Fail(ExitCodes.Usage, $"{Option(e.Field)}: {e.Reason}");
        }
    }

    /// <summary>The option a store field was given by (<c>url</c> → <c>--url</c>, <c>published</c> → <c>--date</c>); arguments keep their names.</summary>
    private static string Option(string field) => field switch
    {
        "published" => "--date",
        "" or "event" or "grade" => field,
        _ when field.StartsWith('-') => field,
        _ => "--" + field,
    };

    private static int List(ITruceStore store, string text)
    {
        var key = Subjects.Resolve(store, [text], "event")[0];
        var c = CultureInfo.InvariantCulture;
        var output = System.Console.Out;
        output.WriteLine(key.ToString());
        var sources = store.SourcesOf(key);
        output.WriteLine(sources.Count == 0 ? "sources: none" : "sources:");
        foreach (var (s, by, at) in sources)
        {
            var parts = new List<string> { string.Create(c, $"  {s.Id}.") };
            parts.Add(s.Publisher ?? "(no publisher)");
            if (s.Published is { } day)
            {
                parts.Add(day.ToString("yyyy-MM-dd", c));
            }

            if (s.Url is not null)
            {
                parts.Add(s.Url);
            }

            if (s.Quote is not null)
            {
                parts.Add($"\"{s.Quote}\"");
            }

            if (s.Sha256 is not null)
            {
                parts.Add($"file {s.Sha256}");
            }

            if (s.Confidential)
            {
                parts.Add("[confidential: publisher and URL withheld from the public]");
            }

            output.WriteLine(string.Join("  ", parts) + string.Create(c, $"  (linked by {by}, {at:yyyy-MM-ddTHH:mm:ssZ})"));
        }

        var grades = store.Gradings(key);
        output.WriteLine(grades.Count == 0 ? "grade: none" : $"grade: {CredibilityGrades.Name(grades[^1].Grade)}");
        foreach (var g in grades)
        {
            output.WriteLine(string.Create(c, $"  {g.RecordedAt:yyyy-MM-ddTHH:mm:ssZ}  {CredibilityGrades.Name(g.Grade)}  by {g.Author}: {g.Reason}"));
        }

        return ExitCodes.Ok;
    }
}
