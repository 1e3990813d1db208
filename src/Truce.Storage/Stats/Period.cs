using System.Globalization;

namespace Truce.Storage.Stats;

/// <summary>ISO 8601 labels of periods: <c>2016-07-14</c>, <c>2016-W27</c> (ISO week), <c>2016-07</c>, <c>2016</c>.</summary>
public static class Period
{
    /// <summary>The label of the period that contains <paramref name="date"/>.</summary>
    public static string Label(DateOnly date, PeriodUnit unit)
    {
        var c = CultureInfo.InvariantCulture;
        return unit switch
        {
            PeriodUnit.Day => date.ToString("yyyy-MM-dd", c),
            PeriodUnit.Week => string.Create(c, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}"),
            PeriodUnit.Month => date.ToString("yyyy-MM", c),
            PeriodUnit.Year => date.Year.ToString(c),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
    }
}
