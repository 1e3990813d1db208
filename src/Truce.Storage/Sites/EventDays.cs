using Truce.Domain.Events;

namespace Truce.Storage.Sites;

/// <summary>An event's days as instants: from 00:00 UTC of its first day to 00:00 UTC after its last (exclusive).</summary>
internal readonly record struct EventDays(DateTimeOffset Start, DateTimeOffset End)
{
    public static EventDays Of(ConflictEvent e) => new(Midnight(e.DateStart), Midnight(e.DateEnd.AddDays(1)));

    /// <summary>The last instant of the last day.</summary>
    public DateTimeOffset LastInstant => End.AddTicks(-1);

    /// <summary>Before (at or before the start), during, or null when at or after the end.</summary>
    public RelativeTiming? Timing(DateTimeOffset at) => at <= Start ? RelativeTiming.Before : at < End ? RelativeTiming.During : null;

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
