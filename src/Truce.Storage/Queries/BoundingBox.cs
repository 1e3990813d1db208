using System.Globalization;

namespace Truce.Storage.Queries;

/// <summary>A longitude/latitude box in WGS 84 degrees: west, south, east, north (as in OGC bbox).</summary>
public readonly record struct BoundingBox(double West, double South, double East, double North)
{
    /// <summary>True when (longitude, latitude) lies in the box, edges included.</summary>
    public bool Contains(double longitude, double latitude) =>
        longitude >= West && longitude <= East && latitude >= South && latitude <= North;

    /// <summary>Parses <c>W,S,E,N</c>; returns false with a reason for anything else.</summary>
    public static bool TryParse(string? text, out BoundingBox box, out string? error)
    {
        box = default;
        var parts = (text ?? "").Split(',');
        if (parts.Length != 4)
        {
            error = $"'{text}' is not W,S,E,N (four comma-separated numbers)";
            return false;
        }

        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
            {
                error = $"'{parts[i]}' in '{text}' is not a number";
                return false;
            }
        }

        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90)
        {
            error = $"'{text}' lies outside -180..180, -90..90";
            return false;
        }

        if (v[0] > v[2] || v[1] > v[3])
        {
            error = $"'{text}' has west > east or south > north";
            return false;
        }

        box = new BoundingBox(v[0], v[1], v[2], v[3]);
        error = null;
        return true;
    }
}
