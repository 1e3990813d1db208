namespace Truce.Geo.Control;

/// <summary>One place location (records at the same coordinates share it) with its history.</summary>
internal sealed record ControlledPlace(string Key, string? Name, double Latitude, double Longitude, ControlPeriods Periods);
