namespace Truce.Storage.Stats;

/// <summary>The names of <see cref="PeriodUnit"/> as the CLI and the API take them: <c>day</c>, <c>week</c> (ISO), <c>month</c>, <c>year</c>.</summary>
public static class PeriodUnits
{
    public static bool TryParse(string? name, out PeriodUnit unit)
    {
        PeriodUnit? parsed = name switch
        {
            "day" => PeriodUnit.Day,
            "week" => PeriodUnit.Week,
            "month" => PeriodUnit.Month,
            "year" => PeriodUnit.Year,
            _ => null,
        };
        unit = parsed ?? default;
        return parsed is not null;
    }
}
