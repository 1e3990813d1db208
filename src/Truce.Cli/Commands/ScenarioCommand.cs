using System.CommandLine;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Storage.Adjudication;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce scenario import --db FILE TERMS.json</c>: checks a terms file and every file it names
/// (designations, agreements, actor lists, control tables) together, then stores them in one
/// transaction. A changed file supersedes the stored one; nothing is written when any is bad.
/// </summary>
internal sealed class ScenarioCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var terms = new Argument<string>("terms") { Description = "The terms file (JSON, docs/terms-format.md)" };
        var import = new Command("import", "Check and store a scenario's terms and the files they name") { db, terms };
        import.SetAction(r => Import(r.GetValue(db)!, r.GetValue(terms)!));
        return new Command("scenario", "Adjudication inputs: terms, designations, agreements, control") { import };
    }

    public static int Import(string db, string terms)
    {
        IReadOnlyList<ReferenceFile> files;
        try
        {
            files = ScenarioFiles.Read(terms);
        }
        catch (FileNotFoundException e)
        {
            return Terminal.Fail(ExitCodes.NotFound, e.Message);
        }
        catch (DataFormatException e)
        {
            return Terminal.Fail(ExitCodes.BadData, e.Message);
        }

        using var store = Stores.Open(db);
        try
        {
            var changed = new AdjudicationService(store, store).ImportScenario(files);
            Terminal.Info($"{Path.GetFileName(terms)}: {files.Count} files checked, {changed} new or changed stored");
            Stores.Checkpoint(store, db);
            return ExitCodes.Ok;
        }
        catch (DataFormatException e)
        {
            return Terminal.Fail(ExitCodes.BadData, e.Message);
        }
    }
}
