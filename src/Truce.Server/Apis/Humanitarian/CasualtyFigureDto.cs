using Truce.Domain.Sources;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// One casualty-series figure beside the event record: people killed in an area over a period by
/// one source, as qualified (<c>at least</c>, <c>as many as</c>), and its difference from the
/// record's best (first dataset; null when the record has no events there).
/// </summary>
public sealed record CasualtyFigureDto(
    string Series,
    string Id,
    string From,
    string To,
    string Area,
    string AreaName,
    int Killed,
    int? KilledHigh,
    string? Qualifier,
    string Reporter,
    long? DifferenceFromRecordBest,
    string? Note,
    SourceRef Source);
