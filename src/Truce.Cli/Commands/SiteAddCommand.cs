using System.CommandLine;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Cli.Console;
using Truce.Domain.Deconfliction;
using Truce.Domain.Errors;
using Truce.Domain.Spatial;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce sites add --db DB --id ID --category C (--lat Y --lon X | --polygon WKT) --radius M [--from D] [--to D]
/// [--owner] [--name] [--contact] [--notify ...] [--precision-metres M] [--reason]</c>: notifies one site, or a new
/// revision of a known one (with <c>--reason</c>).
/// </summary>
internal sealed class SiteAddCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var id = new Option<string>("--id") { Description = "The site's id (never reused for another site)", Required = true };
        var category = new Option<string>("--category") { Description = $"One of {string.Join(", ", SiteNames.Categories)}", Required = true };
        var lat = new Option<double?>("--lat") { Description = "Latitude, degrees (WGS 84)" };
        var lon = new Option<double?>("--lon") { Description = "Longitude, degrees (WGS 84)" };
        var polygon = new Option<string?>("--polygon") { Description = "The site as a WKT polygon (x = longitude) instead of a point" };
        var radius = new Option<double>("--radius") { Description = "Protection radius, metres", Required = true };
        var from = new Option<string?>("--from") { Description = "First day of protection (YYYY-MM-DD or ISO 8601; default: always)" };
        var to = new Option<string?>("--to") { Description = "Last instant of protection (default: open-ended)" };
        var owner = new Option<string?>("--owner") { Description = "Who notifies it" };
        var name = new Option<string?>("--name") { Description = "Its name (confidential like its location)" };
        var contact = new Option<string?>("--contact") { Description = "Whom a party is told to contact about a conflict (default: Truce monitor)" };
        var notify = new Option<string?>("--notify") { Description = "The parties it is notified to: all (default) or PARTY,PARTY" };
        var precision = new Option<double?>("--precision-metres") { Description = "How far the real site may be from the point or polygon, metres (default: exact)" };
        var reason = new Option<string?>("--reason") { Description = "Why, for a change to a site already notified" };
        var command = new Command("add", "Notify a protected site, or change one already notified")
        {
            db, id, category, lat, lon, polygon, radius, from, to, owner, name, contact, notify, precision, reason,
        };
        command.SetAction(r => SiteVerbs.Write(r.GetValue(db)!, create: true, store =>
        {
            var metres = r.GetValue(precision);
            var site = new ProtectedSite
            {
                Id = r.GetValue(id)!,
                Category = SiteNames.Category(r.GetValue(category)!),
                Geometry = Geometry(r.GetValue(lat), r.GetValue(lon), r.GetValue(polygon)),
                RadiusMetres = Positive(r.GetValue(radius), "--radius"),
                ValidFrom = SiteVerbs.Time(r.GetValue(from), "--from"),
                ValidTo = SiteVerbs.Time(r.GetValue(to), "--to"),
                Owner = r.GetValue(owner),
                Name = r.GetValue(name),
                Contact = new ContactChannel(r.GetValue(contact) ?? "Truce monitor"),
                Precision = metres is { } m ? new LocationPrecision(PrecisionKind.Approximate, Positive(m, "--precision-metres"), $"stated within {SiteVerbs.Number(m)} m") : LocationPrecision.Exact,
            };
            var stored = store.NotifySite(new SiteNotice(site, SiteVerbs.Recipients(r.GetValue(notify)), Reason: r.GetValue(reason)), Data.Stores.Author);
            Terminal.Info($"site {stored.Site.Id}: revision {stored.Revision}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static double Positive(double value, string option) =>
        double.IsFinite(value) && value >= 0 ? value : throw new BadFieldException(option, $"{value} is not a number of metres (finite, not negative)");

    private static Geometry Geometry(double? lat, double? lon, string? wkt)
    {
        if (wkt is not null)
        {
            if (lat is not null || lon is not null)
            {
                throw new BadFieldException("--polygon", "give either --polygon or --lat and --lon, not both");
            }

            try
            {
                return new WKTReader(Wgs84.Factory.GeometryServices).Read(wkt) is Polygon p
                    ? Wgs84.Factory.CreatePolygon(p.Shell, p.Holes)
                    : throw new BadFieldException("--polygon", $"'{wkt}' is not a WKT polygon");
            }
            catch (ParseException e)
            {
                throw new BadFieldException("--polygon", $"'{wkt}' is not WKT: {e.Message}");
            }
        }

        return lat is { } y && lon is { } x
            ? Wgs84.Point(x, y)
            : throw new BadFieldException("--lat/--lon", "a site needs --lat and --lon, or --polygon");
    }
}
