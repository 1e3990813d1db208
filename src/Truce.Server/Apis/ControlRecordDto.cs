using Truce.Domain.Control;
using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>
/// A control record: who held an area or place from a day to a day (both inclusive, null open),
/// the dates as the source states them, the compiler's confidence, its source, and how far it is
/// from the point asked about (metres; 0 inside an area).
/// </summary>
public sealed record ControlRecordDto(
    string Id,
    string Controller,
    string? ControllerDetail,
    ControlShape Shape,
    string? AreaCode,
    string? Name,
    DateOnly? From,
    DateOnly? To,
    string? FromStated,
    string? ToStated,
    string? DateBasis,
    Confidence Confidence,
    double? DistanceM,
    SourceRef Source)
{
    public static ControlRecordDto Of(ControlRecord r, double? distanceMetres)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Controller, r.ControllerDetail, r.Shape, r.AreaCode, r.Name, r.From, r.To, r.FromStated?.Text, r.ToStated?.Text, r.DateBasis, r.Confidence, distanceMetres, r.Source);
    }
}
