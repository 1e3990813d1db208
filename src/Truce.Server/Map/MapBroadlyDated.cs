namespace Truce.Server.Map;

/// <summary>Events of a window dated only to a span longer than a week, left out of weekly series: how many, and their fatalities (best).</summary>
public sealed record MapBroadlyDated(int Events, long Best);
