using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;

namespace Truce.Storage.Sites;

/// <summary>
/// Packs a check's targets for storage and reads them back exactly (every coordinate's bits kept):
/// one point as two columns, many points as 16 bytes each, anything with a polygon as a run of
/// WKB (<see cref="TargetLayout"/>). Thread-safe.
/// </summary>
internal static class CheckTargets
{
    /// <summary>The layout and blob of <paramref name="targets"/> (points or polygons, already checked); the blob is null for <see cref="TargetLayout.Point"/>.</summary>
    public static (TargetLayout Layout, byte[]? Blob) Pack(IReadOnlyList<Geometry> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets is PackedPoints packed && packed.Count > 1)
        {
            // A batch's points are already longitude, latitude doubles: the blob is their bytes, little-endian.
            var bytes = new byte[packed.Count * 16];
            var values = packed.Values;
            if (BitConverter.IsLittleEndian)
            {
                System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).CopyTo(bytes);
            }
            else
            {
                for (var i = 0; i < values.Length; i++)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), values[i]);
                }
            }

            return (TargetLayout.Points, bytes);
        }

        var points = true;
        foreach (var t in targets)
        {
            points &= t is Point;
        }

        if (points && targets.Count == 1)
        {
            return (TargetLayout.Point, null);
        }

        if (points)
        {
            var blob = new byte[targets.Count * 16];
            var span = blob.AsSpan();
            for (var i = 0; i < targets.Count; i++)
            {
                var p = (Point)targets[i];
                BinaryPrimitives.WriteDoubleLittleEndian(span[(i * 16)..], p.X);
                BinaryPrimitives.WriteDoubleLittleEndian(span[((i * 16) + 8)..], p.Y);
            }

            return (TargetLayout.Points, blob);
        }

        using var buffer = new MemoryStream();
        foreach (var t in targets)
        {
            Wkb.Write(buffer, t);
        }

        return (TargetLayout.Wkb, buffer.ToArray());
    }

    /// <summary>The targets stored as <paramref name="layout"/>, in SRID 4326.</summary>
    /// <exception cref="FormatException">The blob does not hold <paramref name="count"/> targets of that layout.</exception>
    public static IReadOnlyList<Geometry> Unpack(TargetLayout layout, int count, double? lon, double? lat, byte[]? blob)
    {
        switch (layout)
        {
            case TargetLayout.Point when lon is { } x && lat is { } y && count == 1:
                return [Wgs84.Point(x, y)];
            case TargetLayout.Points when blob is not null && blob.Length == count * 16:
                var points = new Geometry[count];
                for (var i = 0; i < count; i++)
                {
                    points[i] = Wgs84.Point(
                        BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(i * 16)),
                        BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan((i * 16) + 8)));
                }

                return points;
            case TargetLayout.Wkb when blob is not null:
                var list = new List<Geometry>(count);
                var at = 0;
                while (at < blob.Length)
                {
                    list.Add(Wkb.Read(blob, ref at));
                }

                return list.Count == count ? list : throw new FormatException($"{list.Count} targets stored where {count} are counted");
            default:
                throw new FormatException($"targets stored as layout {layout} do not match the count {count}");
        }
    }
}
