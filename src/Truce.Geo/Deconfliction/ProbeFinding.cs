namespace Truce.Geo.Deconfliction;

/// <summary>A principal's checks that look like an attempt to map protected sites; the principal is throttled until <see cref="ThrottledUntil"/>.</summary>
/// <param name="Pattern">What was seen: <c>boundary-walk</c>, <c>grid-scan</c>, <c>trilateration</c> or <c>site-probing</c>.</param>
/// <param name="Detail">The evidence in one sentence, for the monitor only (it names distances, never coordinates).</param>
/// <param name="SiteIds">The sites whose checked boundary the evidence lies near; may be empty (a grid scan far from every site).</param>
/// <param name="Checks">How many checks the evidence covers.</param>
/// <param name="ThrottledUntil">Until when the detector reports the principal as throttled.</param>
public sealed record ProbeFinding(string Pattern, string Detail, IReadOnlyList<string> SiteIds, int Checks, DateTimeOffset ThrottledUntil);
