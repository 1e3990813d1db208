using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;

namespace Truce.Storage.Sites;

/// <summary>
/// The one WKB form the check log uses — OGC WKB, little-endian (byte order 1), 2D, no SRID — for
/// points (type 1, 21 bytes) and polygons (type 3), written and read without a library so that the
/// bytes (hashed into the audit commitment) are fixed. PostGIS's <c>ST_AsBinary(g, 'NDR')</c> gives the same bytes.
/// </summary>
internal static class Wkb
{
    /// <summary>Writes a point or polygon.</summary>
    public static void Write(Stream output, Geometry geometry)
    {
        Span<byte> head = stackalloc byte[9];
        head[0] = 1;
        switch (geometry)
        {
            case Point p:
                BinaryPrimitives.WriteUInt32LittleEndian(head[1..], 1);
                output.Write(head[..5]);
                WriteXy(output, p.X, p.Y);
                break;
            case Polygon polygon:
                BinaryPrimitives.WriteUInt32LittleEndian(head[1..], 3);
                BinaryPrimitives.WriteUInt32LittleEndian(head[5..], (uint)(1 + polygon.NumInteriorRings));
                output.Write(head);
                WriteRing(output, polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    WriteRing(output, hole);
                }

                break;
            default:
                throw new ArgumentException($"a {geometry.GeometryType} is not a point or polygon", nameof(geometry));
        }
    }

    /// <summary>Reads the point or polygon at <paramref name="at"/>, moving past it.</summary>
    /// <exception cref="FormatException">Not a little-endian 2D WKB point or polygon.</exception>
    public static Geometry Read(byte[] wkb, ref int at)
    {
        var span = wkb.AsSpan();
        if (span.Length - at < 5 || span[at] != 1)
        {
            throw new FormatException($"byte {at}: not little-endian WKB");
        }

        var type = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 1)..]);
        at += 5;
        if (type == 1)
        {
            var xy = ReadXy(span, ref at);
            return Wgs84.Factory.CreatePoint(xy);
        }

        if (type != 3)
        {
            throw new FormatException($"WKB type {type} is not a 2D point (1) or polygon (3)");
        }

        var rings = ReadCount(span, ref at);
        var shell = ReadRing(span, ref at);
        var holes = new LinearRing[rings - 1];
        for (var i = 0; i < holes.Length; i++)
        {
            holes[i] = ReadRing(span, ref at);
        }

        return Wgs84.Factory.CreatePolygon(shell, holes);
    }

    private static void WriteRing(Stream output, LineString ring)
    {
        Span<byte> count = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(count, (uint)ring.NumPoints);
        output.Write(count);
        var seq = ring.CoordinateSequence;
        for (var i = 0; i < seq.Count; i++)
        {
            WriteXy(output, seq.GetX(i), seq.GetY(i));
        }
    }

    private static void WriteXy(Stream output, double x, double y)
    {
        Span<byte> xy = stackalloc byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(xy, x);
        BinaryPrimitives.WriteDoubleLittleEndian(xy[8..], y);
        output.Write(xy);
    }

    private static LinearRing ReadRing(ReadOnlySpan<byte> span, ref int at)
    {
        var n = ReadCount(span, ref at);
        var coordinates = new Coordinate[n];
        for (var i = 0; i < n; i++)
        {
            coordinates[i] = ReadXy(span, ref at);
        }

        return Wgs84.Factory.CreateLinearRing(coordinates);
    }

    private static int ReadCount(ReadOnlySpan<byte> span, ref int at)
    {
        if (span.Length - at < 4)
        {
            throw new FormatException($"byte {at}: WKB ends early");
        }

        var n = BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);
        at += 4;
        return n <= (uint)(span.Length - at) / 16 + 1 ? (int)n : throw new FormatException($"byte {at}: a count of {n} overruns the WKB");
    }

    private static Coordinate ReadXy(ReadOnlySpan<byte> span, ref int at)
    {
        if (span.Length - at < 16)
        {
            throw new FormatException($"byte {at}: WKB ends early");
        }

        var c = new Coordinate(BinaryPrimitives.ReadDoubleLittleEndian(span[at..]), BinaryPrimitives.ReadDoubleLittleEndian(span[(at + 8)..]));
        at += 16;
        return c;
    }
}
