namespace Truce.Geo.Tests.Deconfliction.Attacks;

/// <summary>What a scripted attacker ends with: its estimate of the site's centre (null when it was stopped before it had one) and how many queries it asked.</summary>
/// <param name="Latitude">Estimated latitude, degrees; null without an estimate.</param>
/// <param name="Longitude">Estimated longitude, degrees; null without an estimate.</param>
/// <param name="Queries">Queries asked, the refused one included.</param>
/// <param name="Refused">True when the oracle refused a query (throttled or out of budget) and the attacker stopped.</param>
internal sealed record AttackResult(double? Latitude, double? Longitude, int Queries, bool Refused);
