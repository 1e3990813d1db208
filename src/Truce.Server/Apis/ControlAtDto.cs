using Truce.Geo.Control;

namespace Truce.Server.Apis;

/// <summary>
/// Who held a point on a day: what the answer rests on (area, nearest place within the radius, or
/// unknown), the distinct controllers (more than one when records disagree) and every record.
/// </summary>
public sealed record ControlAtDto(
    double Latitude,
    double Longitude,
    DateOnly Day,
    double RadiusKm,
    ControlBasis Basis,
    IReadOnlyList<string> Controllers,
    bool RecordsDisagree,
    IReadOnlyList<ControlRecordDto> Records);
