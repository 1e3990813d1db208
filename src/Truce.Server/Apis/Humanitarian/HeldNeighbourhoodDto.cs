namespace Truce.Server.Apis.Humanitarian;

/// <summary>A neighbourhood of a derived area on a day: the control records in force, and whether one of them names another controller (contested that day).</summary>
public sealed record HeldNeighbourhoodDto(string Pcode, string Name, IReadOnlyList<string> Records, bool Contested);
