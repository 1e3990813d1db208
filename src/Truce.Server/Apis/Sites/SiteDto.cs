using System.Text.Json.Nodes;
using Truce.Domain.Deconfliction;
using Truce.Server.Sites;
using Truce.Storage.Sites;

namespace Truce.Server.Apis.Sites;

/// <summary>One revision of a protected site, as its owner and the monitor see it (nobody else ever does).</summary>
/// <param name="Id">The site's id.</param>
/// <param name="Revision">1 for the first notification, then 2, 3...</param>
/// <param name="Owner">Who notified it: an organisation, or <c>party:NAME</c>.</param>
/// <param name="Category">What it is.</param>
/// <param name="Name">Its name as notified.</param>
/// <param name="Geometry">GeoJSON Point or Polygon; null when the site could not be located.</param>
/// <param name="RadiusMetres">Protection radius, metres.</param>
/// <param name="UncertaintyMetres">How far the real site may be from the geometry, metres (added to the radius).</param>
/// <param name="Precision">How the location was obtained, as the source states it.</param>
/// <param name="ValidFrom">Protected from (null: always).</param>
/// <param name="ValidTo">Protected until (null: open-ended).</param>
/// <param name="Contact">Whom a party in conflict is told to contact.</param>
/// <param name="Recipients">Parties it is notified to; empty: every party.</param>
/// <param name="NotifiedAt">When this revision was notified.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Author">Who recorded it.</param>
/// <param name="Withdrawn">True when this revision withdraws the site.</param>
/// <param name="Reason">Why this revision.</param>
/// <param name="Sources">The rows it was derived from, as <c>file#row</c>.</param>
public sealed record SiteDto(
    string Id,
    int Revision,
    string? Owner,
    SiteCategory Category,
    string? Name,
    JsonObject? Geometry,
    double RadiusMetres,
    double UncertaintyMetres,
    string Precision,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    string Contact,
    IReadOnlyList<string> Recipients,
    DateTimeOffset NotifiedAt,
    DateTimeOffset RecordedAt,
    string Author,
    bool Withdrawn,
    string? Reason,
    IReadOnlyList<string> Sources)
{
    /// <summary>The stored revision as a DTO.</summary>
    public static SiteDto Of(StoredSite stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var site = stored.Site;
        return new SiteDto(
            site.Id,
            stored.Revision,
            site.Owner,
            site.Category,
            site.Name,
            site.Geometry is null ? null : GeometryJson.Write(site.Geometry),
            site.RadiusMetres,
            site.Precision.UncertaintyMetres,
            site.Precision.Basis,
            site.ValidFrom,
            site.ValidTo,
            site.Contact.Value,
            stored.Recipients,
            stored.NotifiedAt,
            stored.RecordedAt,
            stored.Author,
            stored.Withdrawn,
            stored.Reason,
            [.. site.Sources.Select(s => s.ToString())]);
    }
}
