using Truce.Domain.Control;

namespace Truce.Geo.Control;

/// <summary>A polygon or place whose set of controllers differs between two days.</summary>
/// <param name="Shape">Area or place.</param>
/// <param name="Key">The area's code (P-code), else the id of its first record.</param>
/// <param name="Name">The name its first record gives.</param>
/// <param name="AreaKm2">The polygon's area on the WGS 84 ellipsoid in km²; 0 for places.</param>
/// <param name="ControllersBefore">Distinct controllers on the first day; empty when unknown that day.</param>
/// <param name="ControllersAfter">Distinct controllers on the second day; empty when unknown that day.</param>
/// <param name="RecordsBefore">Ids of the records in force on the first day.</param>
/// <param name="RecordsAfter">Ids of the records in force on the second day.</param>
public sealed record ControlChange(
    ControlShape Shape,
    string Key,
    string? Name,
    double AreaKm2,
    IReadOnlyList<string> ControllersBefore,
    IReadOnlyList<string> ControllersAfter,
    IReadOnlyList<string> RecordsBefore,
    IReadOnlyList<string> RecordsAfter);
