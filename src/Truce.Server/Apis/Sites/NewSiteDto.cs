using System.Text.Json;
using Truce.Domain.Deconfliction;

namespace Truce.Server.Apis.Sites;

/// <summary>A site to notify (or a new revision of one, by id).</summary>
/// <param name="Id">Stable id, never reused for another site.</param>
/// <param name="Category">hospital, school, university, worship, bakery, market, water, civil-defence, humanitarian, position, other.</param>
/// <param name="Geometry">GeoJSON Point or Polygon (WGS 84).</param>
/// <param name="RadiusMetres">Protection radius, metres.</param>
/// <param name="Contact">Whom a party in conflict should contact (a desk, a hotline — never a place).</param>
/// <param name="Name">Its name (confidential like the location).</param>
/// <param name="UncertaintyMetres">How far the real site may be from the geometry (0: exact).</param>
/// <param name="ValidFrom">Protected from (null: always).</param>
/// <param name="ValidTo">Protected until (null: open-ended).</param>
/// <param name="Owner">The notifying organisation (monitors only; a party's sites are always its own).</param>
/// <param name="Recipients">Party names to notify it to; empty or null: every party.</param>
/// <param name="NotifiedAt">When it was notified, if before now (e.g. through the UN's system).</param>
/// <param name="Reason">Why, for a change to a known site (required then).</param>
public sealed record NewSiteDto(
    string? Id,
    SiteCategory? Category,
    JsonElement? Geometry,
    double? RadiusMetres,
    string? Contact,
    string? Name = null,
    double? UncertaintyMetres = null,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidTo = null,
    string? Owner = null,
    IReadOnlyList<string>? Recipients = null,
    DateTimeOffset? NotifiedAt = null,
    string? Reason = null);
