using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Formats.Csv;
using Truce.Storage.Adjudication;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce actors unmatched --db FILE</c>: every actor name of the current events that the
/// registry does not match (whole, or part of a coalition name), with how many events use it and
/// which parts failed — the list to review and settle in the terms file.
/// </summary>
internal sealed class ActorsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var unmatched = new Command("unmatched", "Event actor names the registry does not match (CSV: name,role,events,unmatched_parts,matched)") { db };
        unmatched.SetAction(r =>
        {
            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!));
            }

            IReadOnlyList<UnmatchedName> names;
            try
            {
                names = UnmatchedNames.Of(store, new AdjudicationService(store, store).LoadScenario());
            }
            catch (DataFormatException e)
            {
                return Terminal.Fail(ExitCodes.BadData, e.Message);
            }

            var output = System.Console.Out;
            output.Write("name,role,events,unmatched_parts,matched\n");
            foreach (var n in names)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{SafeCell.Csv(n.Name)},{n.Role},{n.Events},{SafeCell.Csv(string.Join("; ", n.UnmatchedParts))},{SafeCell.Csv(string.Join("; ", n.Matched))}\n"));
            }

            return ExitCodes.Ok;
        });
        return new Command("actors", "The actor registry and how event names match it") { unmatched };
    }
}
