namespace Truce.Storage.Sites;

/// <summary>An event not assessed against any site, and why: its location is too coarse (admin1, country or an unbounded area) or missing.</summary>
/// <param name="EventKey"><c>dataset:source_id</c>.</param>
/// <param name="Reason">E.g. <c>coarse location: UCDP where_prec 4</c> or <c>no coordinates</c>.</param>
public sealed record NotAssessedEvent(string EventKey, string Reason);
