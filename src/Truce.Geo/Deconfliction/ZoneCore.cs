using System.Runtime.InteropServices;

namespace Truce.Geo.Deconfliction;

/// <summary>The fields of a <see cref="ProtectionZone"/> the hot path reads, packed together (72 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct ZoneCore(ProtectionZone zone)
{
    public readonly double Latitude = zone.Frame.Latitude;
    public readonly double Longitude = zone.Frame.Longitude;
    public readonly double NorthPerDegree = zone.Frame.NorthPerDegree;
    public readonly double EastPerDegree = zone.Frame.EastPerDegree;
    public readonly double TanLatitude = zone.Frame.TanLatitude;

    public readonly double Reach = zone.ReachMetres;
    public readonly long From = zone.From;
    public readonly long To = zone.To;

    /// <summary>True for a polygon zone, or one beyond 79° latitude (where the local frame is not trusted): these take the exact path.</summary>
    public readonly bool ExactOnly = zone.Polygon is not null || Math.Abs(zone.Frame.Latitude) > 79;
}
