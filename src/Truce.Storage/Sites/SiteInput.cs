using NetTopologySuite.Geometries;
using Truce.Domain.Access;
using Truce.Domain.Errors;
using Truce.Domain.Sources;

namespace Truce.Storage.Sites;

/// <summary>
/// The checks every engine makes on what is written to the site store, before anything is
/// written: bad values throw <see cref="BadFieldException"/> naming the field.
/// </summary>
internal static class SiteInput
{
    /// <summary>The longest site id, reason, actor, pattern or told text accepted, in characters.</summary>
    public const int MaxText = 4_000;

    /// <summary>A notice as stored: times to the millisecond, recipients distinct and sorted.</summary>
    public static SiteNotice Checked(SiteNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(notice.Site);
        ArgumentNullException.ThrowIfNull(notice.Recipients);
        var site = notice.Site;
        Text(site.Id, "id", 200);
        Optional(site.Owner, "owner");
        Optional(site.Name, "name");
        _ = SiteNames.Name(site.Category);
        _ = SiteNames.Name(site.Precision.Kind);
        Optional(site.Precision.Basis, "precision");
        Optional(site.Contact.Value, "contact");
        if (site.Geometry is { } g)
        {
            Geometry(g, "geometry");
        }
        else if (site.Precision.Kind != Domain.Deconfliction.PrecisionKind.Unknown)
        {
            throw new BadFieldException("geometry", $"site {site.Id} has no location, so its precision must be unknown, not {SiteNames.Name(site.Precision.Kind)}");
        }

        if (site.ValidFrom is { } from && site.ValidTo is { } to && to < from)
        {
            throw new BadFieldException("to", $"site {site.Id} is valid to {to:O}, before it is valid from {from:O}");
        }

        foreach (var party in notice.Recipients)
        {
            if (!Roles.IsPartyName(party))
            {
                throw new BadFieldException("recipients", $"'{party}' is not a party name (lower-case letters, digits and hyphens, 1 to 64)");
            }
        }

        if (notice.Reason is not null)
        {
            Text(notice.Reason, "reason", MaxText);
        }

        return notice with
        {
            Site = site with { ValidFrom = Ms(site.ValidFrom), ValidTo = Ms(site.ValidTo) },
            Recipients = [.. notice.Recipients.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            NotifiedAt = Ms(notice.NotifiedAt),
        };
    }

    /// <summary>A change to a known site needs a reason.</summary>
    public static string ReasonFor(SiteNotice notice) =>
        notice.Reason ?? throw new BadFieldException("reason", $"site {notice.Site.Id} is already notified: a change needs a reason");

    /// <summary>A check as stored: times to the millisecond.</summary>
    public static CheckRecord Checked(CheckRecord check)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(check.Targets);
        ArgumentNullException.ThrowIfNull(check.Conflicts);
        Text(check.Principal, "principal", Authors.MaxLength);
        if (check.Party is not null && !Roles.IsPartyName(check.Party))
        {
            throw new BadFieldException("party", $"'{check.Party}' is not a party name");
        }

        if (check.Targets.Count == 0)
        {
            throw new BadFieldException("targets", "a check has at least one target");
        }

        if (check.Targets is PackedPoints packed)
        {
            // A batch's points, read from their doubles (no point objects).
            var xy = packed.Values;
            for (var i = 0; i < xy.Length; i += 2)
            {
                if (!double.IsFinite(xy[i]) || !double.IsFinite(xy[i + 1]) || Math.Abs(xy[i]) > 180 || Math.Abs(xy[i + 1]) > 90)
                {
                    throw new BadFieldException("targets", $"({xy[i]}, {xy[i + 1]}) is not a longitude and latitude in degrees");
                }
            }
        }
        else
        {
            foreach (var target in check.Targets)
            {
                Geometry(target, "targets");
            }
        }

        if (!double.IsFinite(check.RadiusMetres) || check.RadiusMetres < 0)
        {
            throw new BadFieldException("radius", $"{check.RadiusMetres} is not a radius in metres (finite, not negative)");
        }

        if (check.To < check.From)
        {
            throw new BadFieldException("to", $"the window asked about ends ({check.To:O}) before it starts ({check.From:O})");
        }

        if (!Enum.IsDefined(check.Outcome))
        {
            throw new BadFieldException("outcome", $"{check.Outcome} is not an outcome");
        }

        var last = -1;
        foreach (var conflict in check.Conflicts)
        {
            ArgumentNullException.ThrowIfNull(conflict);
            if (conflict.Index <= last || conflict.Index >= check.Targets.Count)
            {
                throw new BadFieldException("conflicts", $"conflict index {conflict.Index} is not a later target of the {check.Targets.Count} checked");
            }

            last = conflict.Index;
            Text(conflict.Told, "conflicts", MaxText);
            ArgumentNullException.ThrowIfNull(conflict.SiteIds);
            foreach (var id in conflict.SiteIds)
            {
                Text(id, "conflicts", 200);
            }
        }

        return check with { At = Ms(check.At), From = Ms(check.From), To = Ms(check.To) };
    }

    /// <summary>An alert as stored.</summary>
    public static ProbeAlert Checked(ProbeAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(alert.SiteIds);
        Text(alert.Principal, "principal", Authors.MaxLength);
        if (alert.Party is not null && !Roles.IsPartyName(alert.Party))
        {
            throw new BadFieldException("party", $"'{alert.Party}' is not a party name");
        }

        Text(alert.Pattern, "pattern", 100);
        Text(alert.Detail, "detail", MaxText);
        foreach (var id in alert.SiteIds)
        {
            Text(id, "sites", 200);
        }

        if (alert.Checks < 0)
        {
            throw new BadFieldException("checks", $"{alert.Checks} is not a number of checks");
        }

        return alert with { At = Ms(alert.At), ThrottledUntil = Ms(alert.ThrottledUntil) };
    }

    /// <summary>A budget's principal (<c>user:NAME</c>, <c>*</c> or <c>global</c>) and its daily number.</summary>
    public static string Budget(string principal, long perDay)
    {
        Text(principal, "principal", Authors.MaxLength);
        if (perDay < 0)
        {
            throw new BadFieldException("per-day", $"{perDay} is not a number of targets a day (0 or more)");
        }

        return principal is "*" or "global" || principal.StartsWith("user:", StringComparison.Ordinal) && principal.Length > 5
            ? principal
            : throw new BadFieldException("principal", $"'{principal}' is not user:NAME, * (everyone) or global");
    }

    /// <summary>A party–actor link.</summary>
    public static PartyActor Checked(PartyActor link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!Roles.IsPartyName(link.Party))
        {
            throw new BadFieldException("party", $"'{link.Party}' is not a party name (lower-case letters, digits and hyphens, 1 to 64)");
        }

        Text(link.Actor, "actor", 200);
        return link;
    }

    /// <summary>An attack report's site and source row.</summary>
    public static void Checked(Domain.Deconfliction.SiteAttackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Source);
        Text(report.SiteId, "site", 200);
        Text(report.Source.File, "file", 1_000);
        Text(report.Source.Row, "row", 200);
    }

    /// <summary>Not empty, at most <paramref name="max"/> characters, no control characters but line breaks.</summary>
    public static string Text(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max || value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new BadFieldException(field, $"'{value}' must be 1 to {max} characters without control characters");
        }

        return value;
    }

    private static void Optional(string? value, string field)
    {
        if (value is not null)
        {
            Text(value, field, MaxText);
        }
    }

    private static void Geometry(Geometry? g, string field)
    {
        if (g is not (Point or Polygon) || g.IsEmpty)
        {
            throw new BadFieldException(field, $"{g?.GeometryType ?? "nothing"} is not a point or polygon");
        }

        foreach (var c in g.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90)
            {
                throw new BadFieldException(field, $"({c.X}, {c.Y}) is not a longitude and latitude in degrees");
            }
        }
    }

    private static DateTimeOffset Ms(DateTimeOffset t) => DateTimeOffset.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds());

    private static DateTimeOffset? Ms(DateTimeOffset? t) => t is { } v ? Ms(v) : null;
}
