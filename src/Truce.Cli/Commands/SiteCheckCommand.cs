using System.CommandLine;
using System.Globalization;
using NetTopologySuite.Geometries;
using Truce.Cli.Console;
using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Storage.Audit;
using Truce.Storage.Engines;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce sites check --db DB --lat LAT --lon LON --radius M --from T --to T [--party P]</c>: a
/// strike check run where the database is — against every live site, or as party P would see it
/// (the sites notified to P) — answered like the API (clear, or categories and contacts only) and
/// logged in the check log like every other check.
/// </summary>
internal sealed class SiteCheckCommand
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var lat = new Option<double>("--lat") { Description = "Target latitude (WGS 84 degrees)", Required = true };
        var lon = new Option<double>("--lon") { Description = "Target longitude (WGS 84 degrees)", Required = true };
        var radius = new Option<double>("--radius") { Description = "How far the strike's effects reach, metres", Required = true };
        var from = new Option<string>("--from") { Description = "Window start (ISO 8601 with offset)", Required = true };
        var to = new Option<string>("--to") { Description = "Window end (ISO 8601 with offset)", Required = true };
        var party = new Option<string>("--party") { Description = "Check as this party would (the sites notified to it); default: every live site" };
        var command = new Command("check", "Check a planned strike against the protected sites (clear, or the categories and contacts in conflict); logged")
        {
            db, lat, lon, radius, from, to, party,
        };
        command.SetAction(r =>
        {
            if (!DateTimeOffset.TryParse(r.GetValue(from), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !DateTimeOffset.TryParse(r.GetValue(to), CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                return Terminal.Fail(ExitCodes.Usage, "--from/--to: ISO 8601 times with offset, e.g. 2016-09-19T00:00:00Z");
            }

            var (y, x, m) = (r.GetValue(lat), r.GetValue(lon), r.GetValue(radius));
            if (!(Math.Abs(y) <= 90 && Math.Abs(x) <= 180) || !(m is >= 0 and <= 50_000) || end < start)
            {
                return Terminal.Fail(ExitCodes.Usage, "--lat/--lon must be WGS 84 degrees, --radius 0–50,000 m, and --to not before --from");
            }

            var path = r.GetValue(db)!;
            return SiteVerbs.Write(path, create: false, store =>
            {
                using var key = AuditKey.LoadOrCreate(Databases.AuditKeyPath(path));
                var who = r.GetValue(party);
                var sites = store.Sites().Where(s => !s.Withdrawn && (who is null || s.NotifiedTo(who))).Select(s => s.Site);
                var index = new ProtectedSiteIndex(sites, new ProtectionBuffer(SiteBufferKey.From(key)));
                var target = Wgs84.CreatePoint(new Coordinate(x, y));
                var request = new StrikeRequest(target, m, start, end);
                var answer = index.Check(request);
                var told = SiteAnswers.Told(answer);
                CheckConflict[] conflicts = answer.IsClear ? [] : [new CheckConflict(0, told, index.SitesInConflict(request))];
                store.RecordChecks([new CheckRecord(Data.Stores.Author, who, DateTimeOffset.UtcNow, [target], m, start, end, CheckOutcome.Answered, conflicts)], Data.Stores.Author);
                System.Console.Out.WriteLine(told);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
