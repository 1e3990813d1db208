namespace Truce.Geo.Control;

/// <summary>Area one controller gained and lost between two days, in km² on the WGS 84 ellipsoid.</summary>
/// <param name="Controller">The controller, as the records name it.</param>
/// <param name="GainedKm2">Polygons known on both days that it is named on the second day and was not on the first.</param>
/// <param name="LostKm2">Polygons known on both days that it was named on the first day and is not on the second.</param>
public sealed record ControllerAreaChange(string Controller, double GainedKm2, double LostKm2)
{
    /// <summary>Gained minus lost.</summary>
    public double NetKm2 => GainedKm2 - LostKm2;
}
