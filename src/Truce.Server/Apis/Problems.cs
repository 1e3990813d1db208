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

    public static ProblemHttpResult NoScenario() => NotFound("this database holds no adjudication scenario (import one with truce scenario import)");

    public static ProblemHttpResult NoHumanitarianRecord() =>
        NotFound("this database holds no humanitarian record (import one with truce access import --db FILE data/aleppo-2016/humanitarian.json)");

    public static ProblemHttpResult Required(string parameter, string what) => Bad(parameter, $"required: {what}");

    /// <summary>A required day.</summary>
    public static bool TryRequiredDay(string? text, string parameter, out DateOnly day, out ProblemHttpResult? problem)
    {
        day = default;
        if (string.IsNullOrEmpty(text))
        {
            problem = Required(parameter, "a day (YYYY-MM-DD)");
            return false;
        }

        var ok = TryDay(text, parameter, out var d, out problem);
        day = d.GetValueOrDefault();
        return ok;
    }

    /// <summary>A required point given as <c>LAT,LON</c> in WGS 84 degrees.</summary>
    public static bool TryPoint(string? text, string parameter, out double latitude, out double longitude, out ProblemHttpResult? problem)
    {
        (latitude, longitude, problem) = (0, 0, null);
        if (string.IsNullOrEmpty(text))
        {
            problem = Required(parameter, "LAT,LON in decimal degrees");
            return false;
        }

        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out latitude)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out longitude)
            || !(latitude is >= -90 and <= 90) || !(longitude is >= -180 and <= 180))
        {
            problem = Bad(parameter, $"'{text}' is not LAT,LON in decimal degrees (latitude -90..90, longitude -180..180)");
            return false;
        }

        return true;
    }

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
        // NaN and infinities parse as numbers but are no coordinates.
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i])).All(ok => ok))
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
