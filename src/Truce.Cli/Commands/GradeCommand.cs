using System.CommandLine;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Sources;
using Truce.Storage.Evidence;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce grade --db DB EVENT GRADE --reason TEXT</c>: grades an event's credibility on the Airwars
/// scale (confirmed, fair, weak, contested, discounted). The earlier grades stay as its history.
/// </summary>
internal sealed class GradeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var subject = new Argument<string>("event") { Description = $"The event: {SubjectKey.Expected}" };
        var grade = new Argument<string>("grade") { Description = CredibilityGrades.Expected };
        var reason = new Option<string>("--reason") { Description = "Why (required)", Required = true };
        var author = new EvidenceOptions().Author;
        var command = new Command("grade", "Grade an event's credibility (confirmed, fair, weak, contested, discounted) with the reason") { db, subject, grade, reason, author };
        command.SetAction(r => SourcesCommand.Guard(() =>
        {
            if (!CredibilityGrades.TryParse(r.GetValue(grade), out var g))
            {
                return Terminal.Fail(ExitCodes.Usage, $"grade: '{r.GetValue(grade)}' is not one of {CredibilityGrades.Expected}");
            }

            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!));
            }

            var key = Subjects.Resolve(store, [r.GetValue(subject)!], "event")[0];
            var grading = store.AddGrading(key, g, r.GetValue(reason)!, r.GetValue(author)!);
            Terminal.Info($"{key}: {CredibilityGrades.Name(grading.Grade)} (by {grading.Author}); earlier grades kept");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
