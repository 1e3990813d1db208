using Truce.Storage.Humanitarian;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// Body counts side by side for an area and period: the event record's deaths per dataset
/// (events, best, low, high) and every casualty-series figure overlapping the period, each with its
/// source and its difference from the record — never merged into one number.
/// </summary>
public sealed record BodyCountDto(string Area, DateOnly From, DateOnly To, IReadOnlyList<RecordDeaths> Record, IReadOnlyList<CasualtyFigureDto> Figures)
{
    public static BodyCountDto Of(BodyCountComparison b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.Area, b.From, b.To, b.Record, [.. b.Figures.Select(f => new CasualtyFigureDto(
            f.Series, f.Id, f.From.Text, f.To.Text, f.Area, f.AreaName, f.Killed, f.KilledHigh, SiegeRowDto.Text(f.Qualifier), f.Reporter, b.Difference(f), SiegeRowDto.Text(f.Note), f.Source))]);
    }
}
