namespace Truce.Storage.Sites;

/// <summary>How certainly an event lies within a site's protected reach, given the event's own location uncertainty.</summary>
public enum StrikeCertainty
{
    /// <summary>The event's whole uncertainty disc lies within the reach (for an exact location: its point does).</summary>
    Within,

    /// <summary>The event's uncertainty disc only overlaps the reach: the event may have been outside it.</summary>
    PossiblyWithin,
}
