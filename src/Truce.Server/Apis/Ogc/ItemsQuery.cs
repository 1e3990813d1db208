using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Truce.Storage.Queries;

namespace Truce.Server.Apis.Ogc;

/// <summary>
/// The query of an items request, checked as OGC API – Features Part 1 requires: <c>limit</c>
/// 1.. (above the maximum it is lowered to it, not refused), <c>bbox</c> of four or six numbers in
/// CRS84, <c>datetime</c> an RFC 3339 instant or interval with <c>..</c> or empty for an open end;
/// any other parameter is a 400. Times are compared as UTC days, the precision of the record.
/// </summary>
/// <param name="Limit">Features per page.</param>
/// <param name="Offset">Features skipped.</param>
/// <param name="Bbox">The box features must intersect, or null.</param>
/// <param name="From">First UTC day of the datetime filter (inclusive), or null for open.</param>
/// <param name="To">Last UTC day of the datetime filter (inclusive), or null for open.</param>
public sealed record ItemsQuery(int Limit, int Offset, BoundingBox? Bbox, DateOnly? From, DateOnly? To)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 10_000;

    private static readonly string[] Known = ["limit", "offset", "bbox", "datetime", "f"];

    private static readonly string[] Times =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HHK",
        "yyyy-MM-dd't'HH:mm:ssK", "yyyy-MM-dd't'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK",
    ];

    public static bool TryParse(HttpContext context, int? limit, int? offset, string? bbox, string? datetime, out ItemsQuery query, out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        query = new ItemsQuery(DefaultLimit, 0, null, null, null);
        if (context.Request.Query.Keys.FirstOrDefault(k => !Known.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            problem = Problems.Bad(unknown, $"unknown parameter (this service takes {string.Join(", ", Known)})");
            return false;
        }

        if (context.Request.Query["f"].FirstOrDefault() is { } f && f is not ("json" or "geojson"))
        {
            problem = Problems.Bad("f", $"'{f}' is not a format this service offers (json, geojson)");
            return false;
        }

        if (limit is < 1)
        {
            problem = Problems.Bad("limit", $"{limit} is not a positive number of features");
            return false;
        }

        if (offset is < 0)
        {
            problem = Problems.Bad("offset", $"{offset} is negative");
            return false;
        }

        if (!TryBbox(bbox, out var box, out problem) || !TryDatetime(datetime, out var from, out var to, out problem))
        {
            return false;
        }

        query = new ItemsQuery(Math.Min(limit ?? DefaultLimit, MaxLimit), offset ?? 0, box, from, to);
        return true;
    }

    private static bool TryBbox(string? text, out BoundingBox? box, out ProblemHttpResult? problem)
    {
        // Six numbers carry heights (west, south, min height, east, north, max height); only the box matters here.
        var parts = text?.Split(',');
        return Problems.TryBbox(parts is { Length: 6 } ? string.Join(',', parts[0], parts[1], parts[3], parts[4]) : text, out box, out problem);
    }

    private static bool TryDatetime(string? text, out DateOnly? from, out DateOnly? to, out ProblemHttpResult? problem)
    {
        (from, to, problem) = (null, null, null);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var parts = text.Split('/');
        if (parts.Length > 2 || (parts.Length == 1 && parts[0] is ".." or ""))
        {
            problem = Bad(text);
            return false;
        }

        if (parts.Length == 1)
        {
            if (!TryDay(parts[0], out var day))
            {
                problem = Bad(text);
                return false;
            }

            (from, to) = (day, day);
            return true;
        }

        if (!TryBound(parts[0], out from) || !TryBound(parts[1], out to))
        {
            problem = Bad(text);
            return false;
        }

        if (from > to)
        {
            problem = Problems.Bad("datetime", $"'{text}' ends before it starts");
            return false;
        }

        return true;
    }

    /// <summary>An end of an interval: a day, or null for an open end (<c>..</c> or empty).</summary>
    private static bool TryBound(string text, out DateOnly? day)
    {
        day = null;
        if (text is ".." or "")
        {
            return true;
        }

        var ok = TryDay(text, out var d);
        day = d;
        return ok;
    }

    private static bool TryDay(string text, out DateOnly day)
    {
        // A date alone is a day; GDAL 3.6 sends a day as "2016-12-01T" (a date with no time).
        var date = text.EndsWith('T') ? text[..^1] : text;
        if (date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, Times, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            day = DateOnly.FromDateTime(t.UtcDateTime);
            return true;
        }

        day = default;
        return false;
    }

    private static ProblemHttpResult Bad(string text) =>
        Problems.Bad("datetime", $"'{text}' is not an RFC 3339 date-time or interval (2016-12-01T00:00:00Z, 2016-12-01/2016-12-15, ../2016-12-31)");
}
