using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Domain.Deconfliction;

/// <summary>
/// One source's report of an attack on a protected site, kept as reported: several reports of
/// the same attack that disagree (date, toll, attribution) are separate reports, never merged.
/// </summary>
/// <param name="SiteId">The <see cref="ProtectedSite.Id"/> of the site attacked.</param>
/// <param name="Date">The attack's date as the source gives it (year, month or day); null when not given.</param>
/// <param name="TimeLocal">The local time as the source words it, e.g. <c>~22:00</c>.</param>
/// <param name="Impact">The reported damage.</param>
/// <param name="Casualties">The reported toll, as worded.</param>
/// <param name="AttributedTo">Whom the source says attacked.</param>
/// <param name="Note">The compiler's note, e.g. a conflict with another report.</param>
/// <param name="DateQualifiers">What the source said beyond the ISO date.</param>
/// <param name="Source">The row and the source it cites.</param>
public sealed record SiteAttackReport(
    string SiteId,
    PartialDate? Date,
    string? TimeLocal,
    string? Impact,
    string? Casualties,
    string? AttributedTo,
    string? Note,
    string? DateQualifiers,
    SourceRef Source);
