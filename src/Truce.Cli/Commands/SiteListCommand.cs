using System.CommandLine;
using Truce.Cli.Console;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites list --db DB [--format table|csv|geojson] [--as-of TIME]</c>: every site's latest revision, withdrawn ones marked, coordinates and all (the monitor's view).</summary>
internal sealed class SiteListCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var format = SiteVerbs.Format("table", "csv", "geojson");
        var asOf = CommonOptions.AsOf();
        var command = new Command("list", "Every site as it stands (or stood), with its location: the monitor's view") { db, format, asOf };
        command.SetAction(r => SiteVerbs.Run(r.GetValue(db)!, create: false, store =>
        {
            var sites = store.Sites(SiteVerbs.Time(r.GetValue(asOf), "--as-of"));
            var output = System.Console.Out;
            switch (r.GetValue(format))
            {
                case "csv":
                    SiteOutput.Csv(output, sites);
                    break;
                case "geojson":
                    SiteOutput.GeoJson(output, sites);
                    break;
                default:
                    SiteOutput.Table(output, sites);
                    break;
            }

            Terminal.Info($"{sites.Count} sites ({sites.Count(s => s.Withdrawn)} withdrawn, {sites.Count(s => s.Site.Geometry is null)} without a location)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
