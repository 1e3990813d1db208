namespace Truce.Storage.Map;

/// <summary>A current event as a map index needs it: key (<c>dataset:source_id</c>), first day, point (WGS 84 degrees), best fatality estimate, and how many days its date spans (0 for one day).</summary>
public readonly record struct MapEvent(string Key, DateOnly Day, double Longitude, double Latitude, int Best, int SpanDays = 0);
