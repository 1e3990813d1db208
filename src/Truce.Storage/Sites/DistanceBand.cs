namespace Truce.Storage.Sites;

/// <summary>Where an event's point lies relative to a site (monitor-only: it narrows where the site is).</summary>
public enum DistanceBand
{
    /// <summary>Within the site's radius of its geometry.</summary>
    InsideRadius,

    /// <summary>Beyond the radius but within the reach (radius + the site's location uncertainty).</summary>
    InsideReach,

    /// <summary>Beyond the reach; only the event's own location uncertainty brings it within.</summary>
    EventUncertainty,
}
