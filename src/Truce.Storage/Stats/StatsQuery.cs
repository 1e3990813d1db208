namespace Truce.Storage.Stats;

/// <summary>Counts and fatality sums by period and group, over current events (or as of a time).</summary>
public sealed record StatsQuery(PeriodUnit By, StatsGroup Group)
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public DateTimeOffset? AsOf { get; init; }
}
