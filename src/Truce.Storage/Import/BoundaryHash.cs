using Truce.Geo.Admin;

namespace Truce.Storage.Import;

/// <summary>
/// The content hash of a boundary: its geometry's WKB and its attributes. A re-imported boundary
/// with the same hash is unchanged; every engine decides this the same way.
/// </summary>
public static class BoundaryHash
{
    public static UInt128 Of(AdminBoundary boundary, byte[] wkb)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(wkb);
        return System.IO.Hashing.XxHash128.HashToUInt128(
            [.. wkb, .. System.Text.Encoding.UTF8.GetBytes($"{(int)boundary.Level}|{boundary.Name}|{boundary.Admin1Pcode}|{boundary.Admin2Pcode}")]);
    }
}
