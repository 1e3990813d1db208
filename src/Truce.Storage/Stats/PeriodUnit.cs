namespace Truce.Storage.Stats;

/// <summary>The period events are counted by.</summary>
public enum PeriodUnit
{
    Day,
    Week,
    Month,
    Year,
}
