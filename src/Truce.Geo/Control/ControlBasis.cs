namespace Truce.Geo.Control;

/// <summary>What a control answer for a point rests on.</summary>
public enum ControlBasis
{
    /// <summary>No area record covers the point on the day and no active place lies within the radius.</summary>
    Unknown = 0,

    /// <summary>Area records whose polygons cover the point (distance 0).</summary>
    Area = 1,

    /// <summary>No area record applies; the records of the nearest active place within the radius.</summary>
    NearestPlace = 2,
}
