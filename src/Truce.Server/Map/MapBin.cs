namespace Truce.Server.Map;

/// <summary>One grid cell of events.</summary>
/// <param name="Longitude">The cell's centre, degrees east.</param>
/// <param name="Latitude">The cell's centre, degrees north.</param>
/// <param name="Count">Events in the cell.</param>
/// <param name="Best">Their fatalities, best estimates summed.</param>
/// <param name="Violations">Violation verdicts, one number per (agreement, stakeholder): index = agreement × stakeholders + stakeholder, in the order the response lists them.</param>
/// <param name="Disputed">Events whose verdicts differ between stakeholders, one number per agreement.</param>
public sealed record MapBin(double Longitude, double Latitude, int Count, long Best, int[] Violations, int[] Disputed);
