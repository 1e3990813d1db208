using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Truce.Server.Map;

/// <summary>Writes NTS geometries as RFC 7946 GeoJSON geometry objects, coordinates rounded to a number of decimals.</summary>
internal static class GeoJsonGeometry
{
    /// <summary>Writes <paramref name="geometry"/> (point, line, polygon or their multi forms).</summary>
    /// <exception cref="NotSupportedException">A geometry collection or an unknown type.</exception>
    public static void Write(Utf8JsonWriter w, Geometry geometry, int digits)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(geometry);
        w.WriteStartObject();
        switch (geometry)
        {
            case Point p:
                w.WriteString("type", "Point");
                w.WritePropertyName("coordinates");
                Position(w, p.Coordinate, digits);
                break;
            case LineString l:
                w.WriteString("type", "LineString");
                w.WritePropertyName("coordinates");
                Positions(w, l.CoordinateSequence, digits);
                break;
            case Polygon polygon:
                w.WriteString("type", "Polygon");
                w.WritePropertyName("coordinates");
                Rings(w, polygon, digits);
                break;
            case MultiPolygon multi:
                w.WriteString("type", "MultiPolygon");
                w.WriteStartArray("coordinates");
                foreach (var part in multi.Geometries)
                {
                    Rings(w, (Polygon)part, digits);
                }

                w.WriteEndArray();
                break;
            case MultiLineString lines:
                w.WriteString("type", "MultiLineString");
                w.WriteStartArray("coordinates");
                foreach (var part in lines.Geometries)
                {
                    Positions(w, ((LineString)part).CoordinateSequence, digits);
                }

                w.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"GeoJSON output of {geometry.GeometryType} is not supported.");
        }

        w.WriteEndObject();
    }

    private static void Rings(Utf8JsonWriter w, Polygon polygon, int digits)
    {
        w.WriteStartArray();
        Positions(w, polygon.ExteriorRing.CoordinateSequence, digits);
        foreach (var hole in polygon.InteriorRings)
        {
            Positions(w, hole.CoordinateSequence, digits);
        }

        w.WriteEndArray();
    }

    private static void Positions(Utf8JsonWriter w, CoordinateSequence sequence, int digits)
    {
        w.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(sequence.GetX(i), digits));
            w.WriteNumberValue(Math.Round(sequence.GetY(i), digits));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter w, Coordinate c, int digits)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(c.X, digits));
        w.WriteNumberValue(Math.Round(c.Y, digits));
        w.WriteEndArray();
    }
}
