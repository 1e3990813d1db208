namespace Truce.Storage.Stats;

/// <summary>One line of <c>truce stats</c>: period, group, number of events, summed best/low/high.</summary>
public sealed record StatsRow(string Period, string Group, long Events, long Best, long Low, long High);
