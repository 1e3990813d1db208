namespace Truce.Storage.Sites;

/// <summary>
/// A probing alert: a principal's checks look like an attempt to map protected sites (boundary
/// walking, a grid scan, trilateration). Raised by the server's detector, shown to the monitor, and
/// the reason the principal is throttled until <see cref="ThrottledUntil"/>.
/// </summary>
/// <param name="Id">Store id (0 before it is stored).</param>
/// <param name="Principal">Whose checks (<c>user:NAME</c>).</param>
/// <param name="Party">Its party, if any.</param>
/// <param name="At">When it was raised.</param>
/// <param name="Pattern">What was seen: <c>boundary-walk</c>, <c>grid-scan</c>, <c>trilateration</c>, <c>site-probing</c>.</param>
/// <param name="Detail">The evidence in words, e.g. <c>11 of the last 30 checks within 600 m of one site's checked edge</c>. Monitor-only.</param>
/// <param name="SiteIds">The sites apparently probed (may be empty for a site-blind pattern).</param>
/// <param name="Checks">How many checks the evidence covers.</param>
/// <param name="ThrottledUntil">Until when the principal's checks are refused; null: alert only.</param>
public sealed record ProbeAlert(
    long Id,
    string Principal,
    string? Party,
    DateTimeOffset At,
    string Pattern,
    string Detail,
    IReadOnlyList<string> SiteIds,
    int Checks,
    DateTimeOffset? ThrottledUntil);
