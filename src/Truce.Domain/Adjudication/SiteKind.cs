namespace Truce.Domain.Adjudication;

/// <summary>What the control timeline could say about where an event happened.</summary>
public enum SiteKind
{
    /// <summary>The event has no coordinates.</summary>
    Unlocated = 0,

    /// <summary>An exact point inside one or more control areas.</summary>
    Area = 1,

    /// <summary>An exact point in no control area, near controlled places.</summary>
    NearestPlace = 2,

    /// <summary>A coarse location (a district or wider): every record overlapping it.</summary>
    Region = 3,

    /// <summary>Located, but no control record covers it on the day.</summary>
    Unknown = 4,
}
