namespace Truce.Server.Apis;

/// <summary>The body of <c>POST /api/sources</c>.</summary>
/// <param name="Url">Absolute http or https address.</param>
/// <param name="Publisher">Who published or told it.</param>
/// <param name="Published">The day it was published (YYYY-MM-DD).</param>
/// <param name="Quote">A short verbatim excerpt.</param>
/// <param name="Sha256">An evidence file already added (POST /api/evidence).</param>
/// <param name="Confidential">Withhold publisher and URL from the public and analysts.</param>
/// <param name="Subjects">What the source is cited for: events (ucdp-ged:233028), control records (control:FILE#ROW), figures (figure:NAME).</param>
public sealed record NewSourceDto(string? Url, string? Publisher, string? Published, string? Quote, string? Sha256, bool Confidential, IReadOnlyList<string>? Subjects);
