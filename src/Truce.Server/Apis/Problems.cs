using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Truce.Storage.Queries;

namespace Truce.Server.Apis;

/// <summary>Query-string values checked the same way everywhere; a bad value is a 400 ProblemDetails naming the parameter.</summary>
internal static class Problems
{
    public static ProblemHttpResult Bad(string parameter, string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: $"{parameter}: {reason}");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static bool TryDay(string? text, string parameter, out DateOnly? day, out ProblemHttpResult? problem)
    {
        day = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }

        problem = Bad(parameter, $"'{text}' is not a date (YYYY-MM-DD)");
        return false;
    }

    public static bool TryBbox(string? text, out BoundingBox? box, out ProblemHttpResult? problem)
    {
        box = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            problem = Bad("bbox", $"'{text}' is not four numbers west,south,east,north");
            return false;
        }

        var (w, s, e, n) = (values[0], values[1], values[2], values[3]);
        if (w < -180 || e > 180 || s < -90 || n > 90 || w > e || s > n)
        {
            problem = Bad("bbox", $"'{text}' is not a box in WGS 84 (west <= east within -180..180, south <= north within -90..90)");
            return false;
        }

        box = new BoundingBox(w, s, e, n);
        return true;
    }

    public static bool TryPage(int? limit, int? offset, int maxLimit, out ProblemHttpResult? problem)
    {
        problem = limit is < 1 || limit > maxLimit
            ? Bad("limit", $"{limit} is outside 1..{maxLimit}")
            : offset is < 0 ? Bad("offset", $"{offset} is negative") : null;
        return problem is null;
    }
}
