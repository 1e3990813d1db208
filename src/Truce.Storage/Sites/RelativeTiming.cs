namespace Truce.Storage.Sites;

/// <summary>When a notification or a check came relative to an event's days (read as UTC days, start of the first to end of the last).</summary>
public enum RelativeTiming
{
    /// <summary>At or before 00:00 UTC of the event's first day: certainly before the event.</summary>
    Before,

    /// <summary>Within the event's days: the record cannot say whether it came before or after the event.</summary>
    During,
}
