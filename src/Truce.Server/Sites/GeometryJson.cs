using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace Truce.Server.Sites;

/// <summary>GeoJSON Point and Polygon geometries (RFC 7946, WGS 84) in and out of the site and check endpoints.</summary>
internal static class GeometryJson
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>A point (degrees, in range), as <see cref="TryRead"/> makes it.</summary>
    public static Point Point(double longitude, double latitude) => Wgs84.CreatePoint(new Coordinate(longitude, latitude));

    /// <summary>Reads a Point or Polygon; false with a reason (naming <paramref name="field"/>) otherwise.</summary>
    public static bool TryRead(JsonElement? element, string field, out Geometry? geometry, out string? error)
    {
        (geometry, error) = (null, null);
        if (element is not { ValueKind: JsonValueKind.Object } e)
        {
            error = $"{field}: required: a GeoJSON Point or Polygon";
            return false;
        }

        var type = e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (!e.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            error = $"{field}.coordinates: required: an array";
            return false;
        }

        switch (type)
        {
            case "Point":
                if (!TryPosition(coordinates, $"{field}.coordinates", out var c, out error))
                {
                    return false;
                }

                geometry = Wgs84.CreatePoint(c);
                return true;
            case "Polygon":
                var rings = new List<LinearRing>();
                var r = 0;
                foreach (var ring in coordinates.EnumerateArray())
                {
                    var path = $"{field}.coordinates[{r++}]";
                    if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
                    {
                        error = $"{path}: a ring is an array of at least 4 positions";
                        return false;
                    }

                    var positions = new List<Coordinate>();
                    var p = 0;
                    foreach (var position in ring.EnumerateArray())
                    {
                        if (!TryPosition(position, $"{path}[{p++}]", out var at, out error))
                        {
                            return false;
                        }

                        positions.Add(at);
                    }

                    if (!positions[0].Equals2D(positions[^1]))
                    {
                        error = $"{path}: a ring must end where it starts";
                        return false;
                    }

                    rings.Add(Wgs84.CreateLinearRing([.. positions]));
                }

                if (rings.Count == 0)
                {
                    error = $"{field}.coordinates: a polygon has an outer ring";
                    return false;
                }

                var polygon = Wgs84.CreatePolygon(rings[0], [.. rings.Skip(1)]);
                if (!polygon.IsValid)
                {
                    error = $"{field}: the polygon is not valid (rings cross or touch themselves)";
                    return false;
                }

                geometry = polygon;
                return true;
            default:
                error = $"{field}.type: '{type}' is not Point or Polygon";
                return false;
        }
    }

    /// <summary>The geometry as a GeoJSON object.</summary>
    public static JsonObject Write(Geometry geometry) => geometry switch
    {
        Point p => new JsonObject { ["type"] = "Point", ["coordinates"] = Position(p.Coordinate) },
        Polygon polygon => new JsonObject
        {
            ["type"] = "Polygon",
            ["coordinates"] = new JsonArray([.. new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings).Select(Ring)]),
        },
        _ => throw new ArgumentException($"not a point or polygon: {geometry.GeometryType}", nameof(geometry)),
    };

    private static JsonArray Ring(LineString ring) => new([.. ring.Coordinates.Select(Position)]);

    private static JsonArray Position(Coordinate c) => new(JsonValue.Create(c.X), JsonValue.Create(c.Y));

    private static bool TryPosition(JsonElement position, string path, out Coordinate coordinate, out string? error)
    {
        (coordinate, error) = (new Coordinate(), null);
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || !position[0].TryGetDouble(out var lon) || !position[1].TryGetDouble(out var lat))
        {
            error = $"{path}: a position is [longitude, latitude]";
            return false;
        }

        if (!(lat is >= -90 and <= 90) || !(lon is >= -180 and <= 180))
        {
            error = $"{path}: [{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}] is outside longitude -180..180, latitude -90..90";
            return false;
        }

        coordinate = new Coordinate(lon, lat);
        return true;
    }
}
