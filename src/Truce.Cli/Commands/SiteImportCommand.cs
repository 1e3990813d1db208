using System.CommandLine;
using System.Globalization;
using NetTopologySuite.Geometries;
using Truce.Cli.Console;
using Truce.Domain.Deconfliction;
using Truce.Formats.GeoJson;
using Truce.Formats.Sites;
using Truce.Storage.Contract;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce sites import --db DB FILE [--owner NAME] [--notify all|PARTY,PARTY] [--notified-at DATE] [--contact TEXT]
/// [--neighbourhoods GEOJSON] [--reason TEXT]</c>: reads a table of attacks on protected sites
/// (<c>protected_sites.csv</c>) and stores its sites and attack reports in one transaction: all or nothing.
/// </summary>
internal sealed class SiteImportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var file = new Argument<string>("file") { Description = "The table (layout of data/aleppo-2016/protected_sites.csv)" };
        var owner = new Option<string?>("--owner") { Description = "Who notifies the sites (default: none, as the table)" };
        var notify = new Option<string?>("--notify") { Description = "The parties they are notified to: all (default) or PARTY,PARTY" };
        var notifiedAt = new Option<string?>("--notified-at") { Description = "When they were notified (YYYY-MM-DD or ISO 8601; default: now)" };
        var contact = new Option<string?>("--contact") { Description = "Whom a party is told to contact about a conflict (default: Truce monitor)" };
        var neighbourhoods = new Option<string?>("--neighbourhoods") { Description = "OCHA neighbourhood polygons (GeoJSON): a centroid is uncertain by the distance to its neighbourhood's farthest vertex" };
        var reason = new Option<string?>("--reason") { Description = "Why, when some sites are already notified (each becomes a new revision)" };
        var command = new Command("import", "Store the sites and attack reports of a protected-site table (all or nothing)") { db, file, owner, notify, notifiedAt, contact, neighbourhoods, reason };
        command.SetAction(r => SiteVerbs.Write(r.GetValue(db)!, create: true, store => Import(
            store, r.GetValue(file)!, r.GetValue(owner), SiteVerbs.Recipients(r.GetValue(notify)), SiteVerbs.Time(r.GetValue(notifiedAt), "--notified-at"),
            r.GetValue(contact), r.GetValue(neighbourhoods), r.GetValue(reason))));
        return command;
    }

    /// <summary>Imports <paramref name="path"/>; what it stored goes to stderr.</summary>
    public static int Import(ITruceStore store, string path, string? owner, IReadOnlyList<string> recipients, DateTimeOffset? notifiedAt, string? contact, string? neighbourhoodsPath, string? reason)
    {
        if (!File.Exists(path))
        {
            return Terminal.Fail(ExitCodes.NotFound, $"{path}: no such file");
        }

        if (neighbourhoodsPath is not null && !File.Exists(neighbourhoodsPath))
        {
            return Terminal.Fail(ExitCodes.NotFound, $"{neighbourhoodsPath}: no such file");
        }

        var options = new SiteTableOptions
        {
            Contact = contact is null ? new SiteTableOptions().Contact : new ContactChannel(contact),
            Neighbourhoods = neighbourhoodsPath is null ? null : Neighbourhoods(neighbourhoodsPath),
        };
        ProtectedSiteTable table;
        using (var stream = File.OpenRead(path))
        using (var reader = new ProtectedSiteTableReader(stream, path, options))
        {
            table = reader.Read();
        }

        var known = store.Sites().Select(s => s.Site.Id).ToHashSet(StringComparer.Ordinal);
        var notices = table.Sites
            .Select(s => new SiteNotice(owner is null ? s : s with { Owner = owner }, recipients, notifiedAt, known.Contains(s.Id) ? reason : null))
            .ToList();
        var added = 0;
        store.Batch(() =>
        {
            store.NotifySites(notices, Data.Stores.Author);
            added = store.AddAttackReports(table.Attacks, Data.Stores.Author);
        }, isolated: false);
        var unlocated = table.Sites.Count(s => s.Geometry is null);
        Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: {notices.Count} sites ({notices.Count(n => known.Contains(n.Site.Id))} already known, now revised; {unlocated} without coordinates), " +
            $"notified to {(recipients.Count == 0 ? "every party" : string.Join(", ", recipients))}; {added} of {table.Attacks.Count} attack reports new"));
        return ExitCodes.Ok;
    }

    private static Dictionary<string, Geometry> Neighbourhoods(string path)
    {
        using var stream = File.OpenRead(path);
        return AdminGeoJsonReader.Read(stream, path).ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);
    }
}
