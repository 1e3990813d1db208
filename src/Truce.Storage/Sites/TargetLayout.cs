namespace Truce.Storage.Sites;

/// <summary>How a logged check's targets are stored (column <c>layout</c> of <c>site_checks</c>).</summary>
internal enum TargetLayout
{
    /// <summary>One point, in the <c>lon</c> and <c>lat</c> columns.</summary>
    Point = 0,

    /// <summary>Points only, packed in <c>targets</c>: longitude and latitude of each as little-endian IEEE 754 doubles, 16 bytes a point.</summary>
    Points = 1,

    /// <summary>Any points and polygons, in <c>targets</c>: each one's WKB (little-endian, 2D, no SRID), one after another.</summary>
    Wkb = 2,
}
