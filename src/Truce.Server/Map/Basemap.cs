using System.Buffers;
using System.Text.Json;
using NetTopologySuite.Simplify;
using Truce.Domain.Events;
using Truce.Geo.Admin;

namespace Truce.Server.Map;

/// <summary>The basemap: stored OCHA admin1 and admin2 boundaries, simplified, as one GeoJSON FeatureCollection.</summary>
internal static class Basemap
{
    /// <summary>Douglas–Peucker tolerance in degrees (about 200 m): invisible below zoom 10, and a tenth of the bytes.</summary>
    public const double Tolerance = 0.002;

    /// <summary>
    /// A <c>bbox</c> of all of them (RFC 7946 §5), and features with properties <c>level</c> (<c>admin1</c>, <c>admin2</c>), <c>pcode</c> and
    /// <c>name</c>, simplified with NTS's topology-preserving simplifier (each polygon keeps its
    /// rings valid; neighbours are simplified independently), coordinates to 5 decimals (~1 m).
    /// </summary>
    public static byte[] GeoJson(IEnumerable<AdminBoundary> boundaries)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        var layers = boundaries.Where(b => b.Level is AdminLevel.Admin1 or AdminLevel.Admin2).OrderByDescending(b => b.Level).ThenBy(b => b.Pcode, StringComparer.Ordinal).ToList();
        var extent = new NetTopologySuite.Geometries.Envelope();
        layers.ForEach(b => extent.ExpandToInclude(b.Geometry.EnvelopeInternal));
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            if (!extent.IsNull)
            {
                w.WriteStartArray("bbox");
                foreach (var v in (double[])[extent.MinX, extent.MinY, extent.MaxX, extent.MaxY])
                {
                    w.WriteNumberValue(Math.Round(v, 5));
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("features");
            foreach (var b in layers)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                GeoJsonGeometry.Write(w, TopologyPreservingSimplifier.Simplify(b.Geometry, Tolerance), 5);
                w.WriteStartObject("properties");
                w.WriteString("level", b.Level == AdminLevel.Admin1 ? "admin1" : "admin2");
                w.WriteString("pcode", b.Pcode);
                w.WriteString("name", b.Name);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
